package org.lumen.store.secrets;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The decrypted content of a secrets file: u32 count, then per secret a u16-length UTF-8 id and a
 * u32-length UTF-8 secret. Secrets stay {@code char[]} (never a String) so they can be cleared.
 */
final class SecretMapCodec {
    private SecretMapCodec() {}

    static byte[] encode(Map<String, char[]> secrets) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(secrets.size());
        for (Map.Entry<String, char[]> e : secrets.entrySet()) {
            byte[] id = e.getKey().getBytes(StandardCharsets.UTF_8);
            out.writeShort(id.length);
            out.write(id);
            byte[] secret = utf8(e.getValue());
            out.writeInt(secret.length);
            out.write(secret);
            Arrays.fill(secret, (byte) 0);
        }
        return bytes.toByteArray();
    }

    static Map<String, char[]> decode(Path file, byte[] content) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(content);
        Map<String, char[]> secrets = new TreeMap<>();
        try {
            int count = in.getInt();
            if (count < 0 || count > content.length / 6) {
                throw new SealedFileFormatException(file, 0, "decrypted content claims " + count + " secrets in "
                        + content.length + " bytes");
            }
            for (int i = 0; i < count; i++) {
                int at = in.position();
                byte[] id = new byte[Short.toUnsignedInt(in.getShort())];
                in.get(id);
                int length = in.getInt();
                if (length < 0 || length > in.remaining()) {
                    throw new SealedFileFormatException(file, at, "decrypted content: secret " + i + " length " + length
                            + " exceeds the " + in.remaining() + " bytes left");
                }
                ByteBuffer secret = in.slice(in.position(), length);
                in.position(in.position() + length);
                CharBuffer chars = StandardCharsets.UTF_8.newDecoder().decode(secret);
                char[] value = new char[chars.remaining()];
                chars.get(value);
                Arrays.fill(chars.array(), '\0');
                secrets.put(new String(id, StandardCharsets.UTF_8), value);
            }
        } catch (BufferUnderflowException e) {
            throw new SealedFileFormatException(file, in.position(), "decrypted content ends inside a secret");
        } catch (CharacterCodingException e) {
            throw new SealedFileFormatException(file, in.position(), "decrypted content holds a secret that is not UTF-8");
        }
        return secrets;
    }

    static byte[] utf8(char[] chars) throws CharacterCodingException {
        ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }
}
