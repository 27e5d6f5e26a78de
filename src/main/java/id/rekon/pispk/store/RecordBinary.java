package id.rekon.pispk.store;

import id.rekon.pispk.model.Anggota;
import id.rekon.pispk.model.Asal;
import id.rekon.pispk.model.Jawaban;
import id.rekon.pispk.model.Keluarga;
import id.rekon.pispk.model.Nama;
import id.rekon.pispk.model.Nik;
import id.rekon.pispk.model.NikStatus;
import id.rekon.pispk.model.Pasangan;
import id.rekon.pispk.model.Pengukuran;
import id.rekon.pispk.model.PernikahanKua;
import id.rekon.pispk.model.PesertaPcare;
import id.rekon.pispk.model.Sex;
import id.rekon.pispk.model.StatusKawin;
import id.rekon.pispk.model.StatusNikah;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A compact binary form for the five records tonight's store holds (Keluarga, Anggota, Pengukuran,
 * PesertaPcare, PernikahanKua), written and read field by field in their component order.
 *
 * <p>Why not CBOR through Jackson, as for everything else: those records are encoded once while
 * reading and decoded on every rules pass, and Jackson's record handling was 70 % of the rules
 * step's reading thread and 7 % of the read step (JFR, 50,000 families; docs/performance.md). The
 * store is rebuilt every night, so this form need not be read by a later version: a payload starts
 * with {@link #MARKER} and {@link #VERSION}, and a payload of another version is refused with a
 * message saying to run the night again ({@code --force}). {@code RecordBinaryTest} round-trips
 * every component of each record, so a component added to a record and not here fails the build.
 *
 * <p>Forms: strings as a length (0 for {@code null}, else length + 1) and UTF-8 bytes; dates as
 * epoch days; numbers as an unscaled long and a scale (a larger number as its text); booleans and
 * enums as one byte (0 for {@code null}). Thread-safe (stateless).
 */
final class RecordBinary {

    /** 0xFF is CBOR's "break", never the first byte of a CBOR item: the two forms cannot be confused. */
    static final int MARKER = 0xFF;
    static final int VERSION = 1;

    private static final int KELUARGA = 1;
    private static final int ANGGOTA = 2;
    private static final int PENGUKURAN = 3;
    private static final int PCARE = 4;
    private static final int KUA = 5;

    // values() copies its array on every call: decoding takes these once.
    private static final Jawaban[] JAWABAN = Jawaban.values();
    private static final Sex[] SEX = Sex.values();
    private static final StatusKawin[] STATUS_KAWIN = StatusKawin.values();
    private static final StatusNikah[] STATUS_NIKAH = StatusNikah.values();
    private static final NikStatus[] NIK_STATUS = NikStatus.values();

    private RecordBinary() {
    }

    /** Whether {@code value} is one of the records written in this form. */
    static boolean handles(Object value) {
        return value instanceof Keluarga || value instanceof Anggota || value instanceof Pengukuran
                || value instanceof PesertaPcare || value instanceof PernikahanKua;
    }

    static boolean isBinary(byte[] bytes) {
        return bytes.length > 0 && (bytes[0] & 0xFF) == MARKER;
    }

    /**
     * Each thread writes into one buffer of its own, copied out at the end: a new 256-byte buffer per
     * record, doubled once or twice for most, was a noticeable share of what the read step allocates.
     */
    private static final ThreadLocal<Out> OUT = ThreadLocal.withInitial(Out::new);

    static byte[] write(Object value) {
        Out o = OUT.get();
        o.n = 0;
        o.b(MARKER);
        o.b(VERSION);
        if (value instanceof Keluarga k) {
            o.b(KELUARGA);
            o.asal(k.asal());
            o.s(k.kodeKeluarga());
            o.nik(k.noKk());
            o.nama(k.namaKepala());
            o.s(k.alamat());
            o.s(k.rtRw());
            o.s(k.kodeDesa());
            o.s(k.desa());
            o.s(k.kecamatan());
            o.s(k.kodePuskesmas());
            o.s(k.namaPuskesmas());
            o.date(k.tanggalKunjungan());
            o.e(k.airBersih());
            o.e(k.jambanSehat());
            o.dec(k.iks());
        } else if (value instanceof Anggota a) {
            o.b(ANGGOTA);
            o.asal(a.asal());
            o.s(a.kodeKeluarga());
            o.s(a.noUrut());
            o.nik(a.nik());
            o.nama(a.nama());
            o.s(a.hubungan());
            o.date(a.tanggalLahir());
            o.e(a.jenisKelamin());
            o.e(a.statusKawin());
            o.bool(a.hamil());
            o.e(a.kb());
            o.e(a.bersalinFaskes());
            o.e(a.asiEksklusif());
            o.e(a.imunisasiLengkap());
            o.e(a.pemantauanPertumbuhan());
            o.e(a.tbBerobat());
            o.e(a.hipertensiBerobat());
            o.e(a.odgjDiobati());
            o.bool(a.merokok());
            o.bool(a.kartuJkn());
        } else if (value instanceof Pengukuran p) {
            o.b(PENGUKURAN);
            o.asal(p.asal());
            o.nik(p.nik());
            o.nama(p.nama());
            o.e(p.jenisKelamin());
            o.date(p.tanggalLahir());
            o.dec(p.beratLahirKg());
            o.s(p.namaOrtu());
            o.strings(p.namaOrtuNormal());
            o.nik(p.nikOrtu());
            o.s(p.provinsi());
            o.s(p.kabupaten());
            o.s(p.kecamatan());
            o.s(p.namaPuskesmas());
            o.s(p.kodePuskesmas());
            o.s(p.desa());
            o.s(p.posyandu());
            o.s(p.rt());
            o.s(p.rw());
            o.s(p.alamat());
            o.date(p.tanggalUkur());
            o.dec(p.beratKg());
            o.dec(p.tinggiCm());
            o.dec(p.zsBbU());
            o.dec(p.zsTbU());
            o.dec(p.zsBbTb());
            o.s(p.statusBbU());
            o.s(p.statusTbU());
            o.s(p.statusBbTb());
            o.bool(p.asiEksklusif());
        } else if (value instanceof PesertaPcare p) {
            o.b(PCARE);
            o.asal(p.asal());
            o.s(p.noKartu());
            o.nik(p.nik());
            o.nama(p.nama());
            o.e(p.jenisKelamin());
            o.date(p.tanggalLahir());
            o.s(p.jenisPeserta());
            o.bool(p.aktif());
            o.s(p.statusAsli());
            o.s(p.kodePpk());
            o.s(p.namaPpk());
            o.s(p.kodePuskesmas());
            o.bool(p.prolanisHt());
            o.bool(p.prolanisDm());
        } else if (value instanceof PernikahanKua k) {
            o.b(KUA);
            o.asal(k.asal());
            o.s(k.noPendaftaran());
            o.s(k.kua());
            o.date(k.tanggalDaftar());
            o.date(k.tanggalAkad());
            o.e(k.status());
            o.pasangan(k.suami());
            o.pasangan(k.istri());
            o.s(k.alamatIstri());
            o.s(k.desaIstri());
            o.s(k.kodePuskesmas());
        } else {
            throw new IllegalArgumentException("not a record of tonight's store: " + value.getClass().getName());
        }
        return o.bytes();
    }

    static <T> T read(byte[] bytes, Class<T> type) {
        In in = new In(bytes);
        in.u8(); // MARKER
        int version = in.u8();
        if (version != VERSION) {
            throw new StoreException("Data malam ini ditulis oleh versi program lain (format " + version
                    + "); jalankan ulang malam ini dengan --force.", null);
        }
        int kind = in.u8();
        Object value = switch (kind) {
            case KELUARGA -> new Keluarga(in.asal(), in.s(), in.nik(), in.nama(), in.s(), in.s(), in.s(), in.s(),
                    in.s(), in.s(), in.s(), in.date(), in.e(JAWABAN), in.e(JAWABAN), in.dec());
            case ANGGOTA -> new Anggota(in.asal(), in.s(), in.s(), in.nik(), in.nama(), in.s(), in.date(),
                    in.e(SEX), in.e(STATUS_KAWIN), in.bool(), in.e(JAWABAN), in.e(JAWABAN),
                    in.e(JAWABAN), in.e(JAWABAN), in.e(JAWABAN), in.e(JAWABAN),
                    in.e(JAWABAN), in.e(JAWABAN), in.bool(), in.bool());
            case PENGUKURAN -> new Pengukuran(in.asal(), in.nik(), in.nama(), in.e(SEX), in.date(), in.dec(),
                    in.s(), in.strings(), in.nik(), in.s(), in.s(), in.s(), in.s(), in.s(), in.s(), in.s(), in.s(),
                    in.s(), in.s(), in.date(), in.dec(), in.dec(), in.dec(), in.dec(), in.dec(), in.s(), in.s(), in.s(),
                    in.bool());
            case PCARE -> new PesertaPcare(in.asal(), in.s(), in.nik(), in.nama(), in.e(SEX), in.date(), in.s(),
                    in.bool(), in.s(), in.s(), in.s(), in.s(), in.bool(), in.bool());
            case KUA -> new PernikahanKua(in.asal(), in.s(), in.s(), in.date(), in.date(), in.e(STATUS_NIKAH),
                    in.pasangan(), in.pasangan(), in.s(), in.s(), in.s());
            default -> throw new StoreException("Data malam ini rusak (jenis rekaman " + kind + ")", null);
        };
        if (!type.isInstance(value)) {
            throw new StoreException("Data malam ini rusak: " + value.getClass().getSimpleName() + " di tempat "
                    + type.getSimpleName(), null);
        }
        return type.cast(value);
    }

    /** A growing byte buffer with the forms above. */
    private static final class Out {
        private byte[] buf = new byte[4096];
        private int n;

        void b(int v) {
            if (n == buf.length) {
                buf = Arrays.copyOf(buf, n * 2);
            }
            buf[n++] = (byte) v;
        }

        void varint(long v) {
            while ((v & ~0x7FL) != 0) {
                b((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            b((int) v);
        }

        void zigzag(long v) {
            varint((v << 1) ^ (v >> 63));
        }

        void s(String s) {
            if (s == null) {
                b(0);
                return;
            }
            int len = s.length();
            boolean ascii = true;
            for (int i = 0; i < len; i++) {
                if (s.charAt(i) >= 0x80) {
                    ascii = false;
                    break;
                }
            }
            if (ascii) {
                varint(len + 1L);
                ensure(len);
                for (int i = 0; i < len; i++) {
                    buf[n++] = (byte) s.charAt(i);
                }
            } else {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                varint(utf8.length + 1L);
                ensure(utf8.length);
                System.arraycopy(utf8, 0, buf, n, utf8.length);
                n += utf8.length;
            }
        }

        void strings(List<String> list) {
            if (list == null) {
                b(0);
                return;
            }
            varint(list.size() + 1L);
            list.forEach(this::s);
        }

        void date(LocalDate d) {
            if (d == null) {
                b(0);
            } else {
                b(1);
                zigzag(d.toEpochDay());
            }
        }

        void dec(BigDecimal d) {
            if (d == null) {
                b(0);
            } else if (d.precision() < 19) {
                // at most 18 digits: the unscaled value fits a long (precision() costs nothing for a
                // BigDecimal held compactly, unscaledValue() makes a BigInteger)
                b(1);
                zigzag(d.unscaledValue().longValue());
                zigzag(d.scale());
            } else {
                b(2);
                s(d.unscaledValue().toString());
                zigzag(d.scale());
            }
        }

        void bool(Boolean v) {
            b(v == null ? 0 : v ? 2 : 1);
        }

        void e(Enum<?> v) {
            b(v == null ? 0 : v.ordinal() + 1);
        }

        void asal(Asal a) {
            if (a == null) {
                b(0);
            } else {
                b(1);
                s(a.file());
                zigzag(a.baris());
            }
        }

        void nik(Nik nik) {
            if (nik == null) {
                b(0);
            } else {
                b(1);
                s(nik.raw());
                s(nik.digits());
                e(nik.status());
                s(nik.reason());
            }
        }

        void nama(Nama nama) {
            if (nama == null) {
                b(0);
            } else {
                b(1);
                s(nama.asli());
                s(nama.normal());
            }
        }

        void pasangan(Pasangan p) {
            if (p == null) {
                b(0);
            } else {
                b(1);
                nik(p.nik());
                nama(p.nama());
                date(p.tanggalLahir());
            }
        }

        private void ensure(int more) {
            if (n + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, n);
        }
    }

    /** Reads what {@link Out} wrote; a payload that ends early is a {@link StoreException}. */
    private static final class In {
        private final byte[] buf;
        private int pos;

        In(byte[] buf) {
            this.buf = buf;
        }

        int u8() {
            if (pos >= buf.length) {
                throw new StoreException("Data malam ini rusak (rekaman terpotong)", null);
            }
            return buf[pos++] & 0xFF;
        }

        long varint() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = u8();
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
            throw new StoreException("Data malam ini rusak (angka terlalu panjang)", null);
        }

        long zigzag() {
            long v = varint();
            return (v >>> 1) ^ -(v & 1);
        }

        String s() {
            long len = varint();
            if (len == 0) {
                return null;
            }
            int l = (int) (len - 1);
            if (l < 0 || pos + l > buf.length) {
                throw new StoreException("Data malam ini rusak (teks terpotong)", null);
            }
            String s = new String(buf, pos, l, StandardCharsets.UTF_8);
            pos += l;
            return s;
        }

        List<String> strings() {
            long count = varint();
            if (count == 0) {
                return null;
            }
            List<String> list = new ArrayList<>((int) Math.min(count - 1, 64));
            for (long i = 1; i < count; i++) {
                list.add(s());
            }
            return list;
        }

        LocalDate date() {
            return u8() == 0 ? null : LocalDate.ofEpochDay(zigzag());
        }

        BigDecimal dec() {
            return switch (u8()) {
                case 0 -> null;
                case 1 -> {
                    long unscaled = zigzag();
                    yield BigDecimal.valueOf(unscaled, (int) zigzag());
                }
                default -> {
                    BigInteger unscaled = new BigInteger(s());
                    yield new BigDecimal(unscaled, (int) zigzag());
                }
            };
        }

        Boolean bool() {
            int b = u8();
            return b == 0 ? null : b == 2;
        }

        <E extends Enum<E>> E e(E[] values) {
            int b = u8();
            if (b == 0) {
                return null;
            }
            if (b > values.length) {
                throw new StoreException("Data malam ini rusak (nilai pilihan " + b + ")", null);
            }
            return values[b - 1];
        }

        Asal asal() {
            return u8() == 0 ? null : new Asal(s(), zigzag());
        }

        Nik nik() {
            return u8() == 0 ? null : new Nik(s(), s(), e(NIK_STATUS), s());
        }

        Nama nama() {
            return u8() == 0 ? null : new Nama(s(), s());
        }

        Pasangan pasangan() {
            return u8() == 0 ? null : new Pasangan(nik(), nama(), date());
        }
    }
}
