package id.rekon.pispk.source.xlsx;

import id.rekon.pispk.source.ReadLimits;
import id.rekon.pispk.source.SourceLimitException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A pull scanner for the one XML dialect a worksheet part is written in: UTF-8 elements,
 * attributes and text, nothing declared. It replaces StAX on the read path because parsing the
 * worksheet XML with the JDK's StAX was the largest single cost of reading a night (about two
 * fifths of the read step's Java samples at 50,000 families, docs/performance.md): a worksheet
 * needs no namespaces resolved, no validation and no entity table, and scanning bytes for
 * {@code <} is several times faster than the general parser.
 *
 * <p>What it understands: start, end and empty-element tags (a prefix such as {@code x:} is dropped
 * from names), attributes in single or double quotes, the five predefined entities and character
 * references, CDATA sections, comments and processing instructions (skipped). A document type
 * declaration is refused ({@link IOException}), so entity bombs and external entities cannot
 * happen; so is anything malformed this scanner would have to guess about. A tag or a text longer
 * than {@link ReadLimits#MAX_LINE_CHARS} stops the sheet with a {@link SourceLimitException}
 * (Excel's own limit for a cell is 32,767 characters), so memory stays bounded whatever the file.
 *
 * <p>Use: {@link #next()} moves to the next tag, skipping any text before it; then {@link #isEnd()},
 * {@link #isEmpty()}, {@link #is(String)} and {@link #attribute(String)} describe it;
 * {@link #elementText()} right after a start tag reads the element's text up to its end tag.
 * Not thread-safe.
 */
final class SheetXml implements AutoCloseable {

    private static final int LIMIT = ReadLimits.MAX_LINE_CHARS;

    private final InputStream in;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int lim;

    /**
     * The current tag's bytes are {@code t[tagFrom..tagTo)}, from after {@code <} to before {@code >}:
     * {@code t} is {@link #buf} itself when the whole tag was in it (nearly always: no copy), else
     * {@link #copy}. Nothing refills {@link #buf} while a tag is current.
     */
    private byte[] t;
    private int tagFrom;
    private int tagTo;
    /** A tag cut by the end of the buffer, gathered across refills. */
    private byte[] copy = new byte[256];
    private int copyLength;
    private int nameStart;
    private int nameEnd;
    private boolean end;
    private boolean empty;
    /** {@link #text} stopped at a tag it has already read: {@link #next} returns it. */
    private boolean pending;

    /** Name and value offsets in {@link #tag} of the current tag's attributes, four per attribute. */
    private int[] spans = new int[16];
    /** How many attributes {@link #spans} holds; -1 until the current tag's are asked for. */
    private int attributes = -1;

    private byte[] text = new byte[256];
    private int textLength;

    SheetXml(InputStream in) {
        this.in = in;
    }

    /** Moves to the next tag; {@code false} at the end of the document. */
    boolean next() throws IOException {
        if (pending) {
            pending = false;
            return true;
        }
        while (true) {
            // Between tags there is only white space (or text nobody asked for): skip to the next '<'.
            int i = pos;
            while (i < lim && buf[i] != '<') {
                i++;
            }
            pos = i;
            int b = read();
            if (b < 0) {
                return false;
            }
            if (b == '<' && markup(false)) {
                return true;
            }
        }
    }

    boolean isEnd() {
        return end;
    }

    /** An empty-element tag ({@code <c r="A1"/>}): there is no end tag to wait for. */
    boolean isEmpty() {
        return empty;
    }

    /** Whether the current tag's local name (prefix dropped) is {@code localName} (ASCII). */
    boolean is(String localName) {
        int n = nameEnd - nameStart;
        if (n != localName.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (t[nameStart + i] != localName.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The value of the current start tag's attribute without prefix, entities replaced; {@code null} when absent. */
    String attribute(String name) throws IOException {
        if (attributes < 0) {
            parseAttributes();
        }
        for (int a = 0; a < attributes; a++) {
            int at = a * 4;
            if (nameMatches(spans[at], spans[at + 1], name)) {
                return decode(t, spans[at + 2], spans[at + 3]);
            }
        }
        return null;
    }

    /**
     * Where the current start tag's attribute {@code name} (without prefix) is, for reading its value
     * without making a string ({@link #valueStart}, {@link #valueEnd}, {@link #byteAt}); -1 when absent.
     * The value is as written: entities are not replaced (see {@link #isPlain}).
     */
    int slot(String name) throws IOException {
        if (attributes < 0) {
            parseAttributes();
        }
        for (int a = 0; a < attributes; a++) {
            int at = a * 4;
            if (nameMatches(spans[at], spans[at + 1], name)) {
                return at;
            }
        }
        return -1;
    }

    int valueStart(int slot) {
        return spans[slot + 2];
    }

    int valueEnd(int slot) {
        return spans[slot + 3];
    }

    /** A byte of the current tag, at an offset between a value's start and end. */
    byte byteAt(int offset) {
        return t[offset];
    }

    /** Whether the attribute's value is ASCII without entities: its bytes are then its text. */
    boolean isPlain(int slot) {
        for (int i = spans[slot + 2], end = spans[slot + 3]; i < end; i++) {
            byte b = t[i];
            if (b < 0 || b == '&') {
                return false;
            }
        }
        return true;
    }

    /** Whether a {@link #isPlain plain} value is exactly {@code ascii}. */
    boolean valueIs(int slot, String ascii) {
        int from = spans[slot + 2];
        if (spans[slot + 3] - from != ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (t[from + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A cell written the plain way, read in one go: when the bytes right after the current start tag
     * are {@code open}, a text without markup or entity, then {@code close} (say {@code <is><t>SITI</t></is></c>}),
     * all inside the buffer, moves past them and returns the text; else {@code null}, with nothing
     * consumed, and the caller reads the cell tag by tag. Nearly every cell of an export is written
     * so, and six tags per cell, each scanned, named and compared, were most of reading a worksheet.
     * The text is what the tag-by-tag path gives for the same bytes.
     */
    String plainCell(byte[] open, byte[] close) {
        if (pending || empty) {
            return null;
        }
        int i = pos;
        if (lim - i < open.length + close.length) {
            return null;
        }
        for (int k = 0; k < open.length; k++) {
            if (buf[i + k] != open[k]) {
                return null;
            }
        }
        int from = i + open.length;
        int j = from;
        while (j < lim && buf[j] != '<' && buf[j] != '&') {
            j++;
        }
        if (j + close.length > lim || buf[j] != '<' || j - from > LIMIT) {
            return null; // cut by the buffer, an entity, or too long: the tag-by-tag path decides
        }
        for (int k = 0; k < close.length; k++) {
            if (buf[j + k] != close[k]) {
                return null;
            }
        }
        pos = j + close.length;
        return new String(buf, from, j - from, StandardCharsets.UTF_8);
    }

    /** Finds the current tag's attributes once: a cell's r, t and s are asked for one after the other. */
    private void parseAttributes() throws IOException {
        attributes = 0;
        int i = nameEnd;
        while (i < tagTo) {
            while (i < tagTo && space(t[i])) {
                i++;
            }
            int attrStart = i;
            while (i < tagTo && t[i] != '=' && !space(t[i]) && t[i] != '/') {
                i++;
            }
            int attrEnd = i;
            while (i < tagTo && space(t[i])) {
                i++;
            }
            if (i >= tagTo || t[i] != '=') {
                if (attrStart == attrEnd) {
                    i++; // a stray '/' of an empty element
                    continue;
                }
                throw malformed("attribute without value");
            }
            i++;
            while (i < tagTo && space(t[i])) {
                i++;
            }
            if (i >= tagTo || (t[i] != '"' && t[i] != '\'')) {
                throw malformed("attribute value without quotes");
            }
            byte quote = t[i++];
            int valueStart = i;
            while (i < tagTo && t[i] != quote) {
                i++;
            }
            if (i >= tagTo) {
                throw malformed("attribute value not closed");
            }
            if (spans.length < (attributes + 1) * 4) {
                spans = Arrays.copyOf(spans, spans.length * 2); // bounded by the tag's length
            }
            int at = attributes++ * 4;
            spans[at] = attrStart;
            spans[at + 1] = attrEnd;
            spans[at + 2] = valueStart;
            spans[at + 3] = i++;
        }
    }

    /**
     * The text of the element whose start tag is current, up to its end tag; the text of any child
     * elements is included. Leaves the scanner on that end tag. Empty for an empty-element tag.
     */
    String elementText() throws IOException {
        if (empty) {
            return "";
        }
        textLength = 0;
        int depth = 1;
        while (true) {
            if (!text()) {
                throw malformed("document ends inside an element");
            }
            if (end) {
                depth--;
                if (depth == 0) {
                    pending = false;
                    break;
                }
            } else if (!empty) {
                depth++;
            }
            pending = false;
        }
        return new String(text, 0, textLength, StandardCharsets.UTF_8);
    }

    /**
     * Appends character data to {@link #text} up to the next tag, which it reads ({@link #pending});
     * {@code false} at the end of the document.
     */
    private boolean text() throws IOException {
        while (true) {
            int i = pos;
            while (i < lim && buf[i] != '<' && buf[i] != '&') {
                i++;
            }
            appendText(buf, pos, i - pos);
            pos = i;
            int b = read();
            if (b < 0) {
                return false;
            }
            if (b == '<') {
                if (markup(true)) {
                    pending = true;
                    return true;
                }
            } else if (b == '&') {
                entity();
            } else {
                appendText((byte) b);
            }
        }
    }

    /**
     * Reads markup after {@code <}: a tag (then {@code true}), or a comment, processing instruction or
     * CDATA section (then {@code false}; a CDATA section's text is appended when {@code keepText}).
     */
    private boolean markup(boolean keepText) throws IOException {
        int b = read();
        if (b == '?') {
            skipPast("?>");
            return false;
        }
        if (b == '!') {
            int first = read();
            if (first == '-' && startsWith("-")) {
                skipPast("-->");
            } else if (first == '[' && startsWith("CDATA[")) {
                cdata(keepText);
            } else {
                // <!DOCTYPE ...> and anything else declared: a worksheet declares nothing.
                throw malformed("document type declarations are not read");
            }
            return false;
        }
        attributes = -1;
        if (b < 0) {
            throw malformed("document ends inside a tag");
        }
        pos--; // b is the tag's first byte: scan it with the rest
        int close = tagEnd(pos);
        if (close >= 0) {
            t = buf;
            tagFrom = pos;
            tagTo = close;
            pos = close + 1;
        } else {
            gatherTag();
            t = copy;
            tagFrom = 0;
            tagTo = copyLength;
        }
        end = tagTo > tagFrom && t[tagFrom] == '/';
        empty = !end && tagTo > tagFrom && t[tagTo - 1] == '/';
        int i = end ? tagFrom + 1 : tagFrom;
        int start = i;
        while (i < tagTo && !space(t[i]) && t[i] != '/') {
            if (t[i] == ':') {
                start = i + 1;
            }
            i++;
        }
        if (i == start) {
            throw malformed("tag without a name");
        }
        nameStart = start;
        nameEnd = i;
        return true;
    }

    /** Bytes at which {@link #tagEnd} stops: the tag's end, quotes, and a '<' that is an error. */
    private static final boolean[] TAG_STOP = new boolean[256];

    static {
        TAG_STOP['>'] = true;
        TAG_STOP['"'] = true;
        TAG_STOP['\''] = true;
        TAG_STOP['<'] = true;
    }

    /**
     * Where the tag starting at {@code from} ends ('>' outside quotes) when it ends inside the
     * buffer; -1 when the buffer ends first. One table look-up per byte: this loop sees every byte
     * of every tag of a night's worksheets.
     */
    private int tagEnd(int from) throws Malformed {
        int i = from;
        while (true) {
            while (i < lim && !TAG_STOP[buf[i] & 0xFF]) {
                i++;
            }
            if (i == lim) {
                return -1;
            }
            byte c = buf[i];
            if (c == '>') {
                return i;
            }
            if (c == '<') {
                throw malformed("'<' in a tag");
            }
            i++;
            while (i < lim && buf[i] != c && buf[i] != '<') {
                i++;
            }
            if (i == lim) {
                return -1;
            }
            if (buf[i] == '<') {
                throw malformed("'<' in an attribute value");
            }
            i++;
        }
    }

    /** Copies a tag the buffer's end cuts into {@link #copy}, refilling as it goes. */
    private void gatherTag() throws IOException {
        copyLength = 0;
        int quote = 0;
        while (true) {
            if (pos == lim && read() >= 0) {
                pos--; // refilled
            }
            if (pos == lim) {
                throw malformed("document ends inside a tag");
            }
            int i = pos;
            boolean closed = false;
            while (i < lim) {
                byte c = buf[i];
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else if (c == '<') {
                        throw malformed("'<' in an attribute value");
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    closed = true;
                    break;
                } else if (c == '<') {
                    throw malformed("'<' in a tag");
                }
                i++;
            }
            appendTag(i - pos);
            pos = closed ? i + 1 : i;
            if (closed) {
                return;
            }
        }
    }

    private void cdata(boolean keepText) throws IOException {
        int matched = 0;
        while (true) {
            int b = read();
            if (b < 0) {
                throw malformed("CDATA section not closed");
            }
            if (b == ']') {
                if (matched < 2) {
                    matched++;
                    continue;
                }
                if (keepText) {
                    appendText((byte) ']'); // "]]]" : the first is text
                }
                continue;
            }
            if (b == '>' && matched == 2) {
                return;
            }
            if (keepText) {
                for (int k = 0; k < matched; k++) {
                    appendText((byte) ']');
                }
                appendText((byte) b);
            }
            matched = 0;
        }
    }

    /** After {@code &}: a predefined entity or a character reference, appended as UTF-8. */
    private void entity() throws IOException {
        byte[] name = new byte[12];
        int n = 0;
        while (true) {
            int b = read();
            if (b == ';') {
                break;
            }
            if (b < 0 || n == name.length) {
                throw malformed("entity reference not closed");
            }
            name[n++] = (byte) b;
        }
        int cp = codePoint(name, 0, n);
        appendCodePoint(cp);
    }

    private static int codePoint(byte[] name, int from, int to) throws IOException {
        String ref = new String(name, from, to - from, StandardCharsets.US_ASCII);
        switch (ref) {
            case "lt":
                return '<';
            case "gt":
                return '>';
            case "amp":
                return '&';
            case "quot":
                return '"';
            case "apos":
                return '\'';
            default:
                break;
        }
        try {
            int cp;
            if (ref.startsWith("#x") || ref.startsWith("#X")) {
                cp = Integer.parseInt(ref.substring(2), 16);
            } else if (ref.startsWith("#")) {
                cp = Integer.parseInt(ref.substring(1));
            } else {
                throw malformed("an undeclared entity");
            }
            if (!Character.isValidCodePoint(cp) || cp == 0) {
                throw malformed("an invalid character reference");
            }
            return cp;
        } catch (NumberFormatException e) {
            throw malformed("an invalid character reference");
        }
    }

    /** {@code from..to} of {@code bytes} with entities replaced, as a string. */
    private String decode(byte[] bytes, int from, int to) throws IOException {
        int amp = -1;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '&') {
                amp = i;
                break;
            }
        }
        if (amp < 0) {
            return new String(bytes, from, to - from, StandardCharsets.UTF_8);
        }
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            if (bytes[i] == '&') {
                int semi = i + 1;
                while (semi < to && bytes[semi] != ';') {
                    semi++;
                }
                if (semi >= to) {
                    throw malformed("entity reference not closed");
                }
                out.appendCodePoint(codePoint(bytes, i + 1, semi));
                i = semi + 1;
            } else {
                int j = i;
                while (j < to && bytes[j] != '&') {
                    j++;
                }
                out.append(new String(bytes, i, j - i, StandardCharsets.UTF_8));
                i = j;
            }
        }
        return out.toString();
    }

    private boolean nameMatches(int from, int to, String name) {
        int start = from;
        for (int i = from; i < to; i++) {
            if (t[i] == ':') {
                // xml:space and other prefixed attributes are never the unprefixed r, t or s.
                return false;
            }
        }
        if (to - start != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (t[start + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWith(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            if (read() != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void skipPast(String terminator) throws IOException {
        int matched = 0;
        while (matched < terminator.length()) {
            int b = read();
            if (b < 0) {
                throw malformed("comment or instruction not closed");
            }
            if (b == terminator.charAt(matched)) {
                matched++;
            } else {
                matched = b == terminator.charAt(0) ? 1 : 0;
            }
        }
    }

    /** Appends {@code n} bytes of {@link #buf} from {@link #pos} to {@link #tag}. */
    private void appendTag(int n) throws SourceLimitException {
        copy = room(copy, copyLength, n, "tag XML lembar kerja");
        System.arraycopy(buf, pos, copy, copyLength, n);
        copyLength += n;
    }

    private void appendText(byte[] bytes, int from, int n) throws SourceLimitException {
        text = room(text, textLength, n, "isi sel");
        System.arraycopy(bytes, from, text, textLength, n);
        textLength += n;
    }

    private void appendText(byte b) throws SourceLimitException {
        text = room(text, textLength, 1, "isi sel");
        text[textLength++] = b;
    }

    /** {@code array}, or a larger copy when {@code used + more} bytes do not fit; never past {@link #LIMIT}. */
    private static byte[] room(byte[] array, int used, int more, String what) throws SourceLimitException {
        if (used + more <= array.length) {
            return array;
        }
        if (used + more > LIMIT) {
            throw new SourceLimitException(what + " lebih panjang dari " + LIMIT + " karakter");
        }
        return Arrays.copyOf(array, Math.min(LIMIT, Math.max(array.length * 2, used + more)));
    }

    private void appendCodePoint(int cp) throws SourceLimitException {
        byte[] utf8 = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        for (byte b : utf8) {
            appendText(b);
        }
    }

    private int read() throws IOException {
        if (pos == lim) {
            lim = in.read(buf, 0, buf.length);
            pos = 0;
            if (lim <= 0) {
                lim = 0;
                return -1;
            }
        }
        return buf[pos++] & 0xFF;
    }

    private static boolean space(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private static Malformed malformed(String what) {
        return new Malformed("worksheet XML cannot be read: " + what);
    }

    /** The XML itself is broken or uses what a worksheet never does (as opposed to the stream failing). */
    static final class Malformed extends IOException {
        Malformed(String message) {
            super(message);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
