package id.rekon.pispk.store;

import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Asal;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.Nama;
import id.rekon.pispk.model.Nik;
import id.rekon.pispk.model.NikStatus;
import id.rekon.pispk.model.Pasangan;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.PernikahanKua;
import id.rekon.pispk.model.PesertaPcare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tonight's records in their binary form: every component of every record comes back as it went in.
 * The records are filled by reflection from their components, so a component added to a record and
 * forgotten in {@link RecordBinary} fails here.
 */
class RecordBinaryTest {

    private final PayloadCodec codec = new PayloadCodec();

    @ParameterizedTest
    @ValueSource(classes = {Keluarga.class, Anggota.class, Pengukuran.class, PesertaPcare.class, PernikahanKua.class})
    void everyComponentSurvivesTheRoundTrip(Class<?> type) throws Exception {
        Random random = new Random(type.getName().hashCode());
        for (int i = 0; i < 500; i++) {
            Object record = random(type, random, i % 5 == 0);
            byte[] bytes = codec.write(record);
            assertThat(bytes[0] & 0xFF).isEqualTo(RecordBinary.MARKER);
            assertThat(codec.read(bytes, type)).isEqualTo(record);
        }
    }

    @Test
    void smallerThanCbor() {
        Pengukuran p = (Pengukuran) random(Pengukuran.class, new Random(1), false);
        byte[] cbor = tools.jackson.dataformat.cbor.CBORMapper.builder().build().writeValueAsBytes(p);
        assertThat(codec.write(p).length).isLessThan(cbor.length);
    }

    @Test
    void aPayloadOfAnotherVersionOrKindIsRefusedWithWhatToDo() {
        byte[] bytes = codec.write(random(Keluarga.class, new Random(2), false));
        bytes[1] = 99;
        assertThatThrownBy(() -> codec.read(bytes, Keluarga.class)).isInstanceOf(StoreException.class)
                .hasMessageContaining("--force");
        byte[] other = codec.write(random(Keluarga.class, new Random(3), false));
        assertThatThrownBy(() -> codec.read(other, Anggota.class)).isInstanceOf(StoreException.class);
        byte[] cut = Arrays.copyOf(other, other.length / 2);
        assertThatThrownBy(() -> codec.read(cut, Keluarga.class)).isInstanceOf(StoreException.class);
    }

    @Test
    void otherValuesStayCbor() {
        assertThat(codec.write(List.of("a")).length).isPositive();
        assertThat(codec.write(List.of("a"))[0] & 0xFF).isNotEqualTo(RecordBinary.MARKER);
    }

    // ------------------------------------------------------------------ random records

    private static Object random(Class<?> type, Random r, boolean nulls) {
        try {
            RecordComponent[] components = type.getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = value(components[i].getType(), components[i].getGenericType(), r, nulls);
            }
            Constructor<?> c = type.getDeclaredConstructor(types);
            return c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Object value(Class<?> t, Type generic, Random r, boolean nulls) {
        boolean isNull = nulls && !t.isPrimitive() && r.nextInt(3) == 0;
        if (t == boolean.class) {
            return r.nextBoolean();
        }
        if (t == long.class) {
            return r.nextLong();
        }
        if (isNull) {
            return null;
        }
        if (t == String.class) {
            return text(r);
        }
        if (t == Boolean.class) {
            return r.nextBoolean();
        }
        if (t == LocalDate.class) {
            return LocalDate.ofEpochDay(r.nextInt(200_000) - 100_000);
        }
        if (t == BigDecimal.class) {
            return switch (r.nextInt(4)) {
                case 0 -> BigDecimal.valueOf(r.nextInt(100_000), r.nextInt(4));
                case 1 -> BigDecimal.valueOf(-r.nextLong(), r.nextInt(10) - 5);
                case 2 -> new BigDecimal(new BigInteger(200, r), 3);
                default -> new BigDecimal("1E+400");
            };
        }
        if (t.isEnum()) {
            Object[] constants = t.getEnumConstants();
            return constants[r.nextInt(constants.length)];
        }
        if (t == Asal.class) {
            return new Asal(text(r), r.nextInt(1_000_000));
        }
        if (t == Nik.class) {
            NikStatus[] s = NikStatus.values();
            return new Nik(text(r), Long.toString(Math.abs(r.nextLong())), s[r.nextInt(s.length)], nulls ? null : text(r));
        }
        if (t == Nama.class) {
            return new Nama(text(r), text(r));
        }
        if (t == Pasangan.class) {
            return new Pasangan((Nik) value(Nik.class, Nik.class, r, nulls), (Nama) value(Nama.class, Nama.class, r, nulls),
                    (LocalDate) value(LocalDate.class, LocalDate.class, r, nulls));
        }
        if (t == List.class && generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] == String.class) {
            List<String> list = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                list.add(text(r));
            }
            return list;
        }
        throw new AssertionError("RecordBinaryTest does not know how to fill a " + generic
                + ": teach it, and RecordBinary how to write it");
    }

    private static String text(Random r) {
        String[] samples = {"", "SITI AMINAH", "5302012345670001", "Ñoño 日本 \uD83D\uDE00", "P5302020101",
            "x".repeat(300), "line\nbreak;=1+2"};
        return samples[r.nextInt(samples.length)] + (r.nextBoolean() ? "" : Integer.toString(r.nextInt(1000)));
    }
}
