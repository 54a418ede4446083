//! A report's text as it comes: UTF-8 (with or without a byte-order mark), UTF-16 with its
//! byte-order mark, or else GB18030 (the superset of GBK that Chinese sites and Windows
//! editors save), with line ends normalised to `\n`. Anything else is refused with a message
//! that says so, never read as mojibake.

use encoding_rs::{Encoding, GB18030, UTF_8};

/// A report's text and the encoding it was read as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// The encoding's name: UTF-8, UTF-16LE, UTF-16BE or GB18030.
    pub encoding: &'static str,
}

/// Reads a report's bytes: a byte-order mark decides; without one, UTF-8 if the bytes are
/// valid UTF-8, else GB18030. Text that holds control characters (a binary file, or UTF-16
/// without its mark) is refused.
pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    let (encoding, body): (&'static Encoding, &[u8]) = match Encoding::for_bom(bytes) {
        Some((encoding, bom)) => (encoding, &bytes[bom..]),
        None if std::str::from_utf8(bytes).is_ok() => (UTF_8, bytes),
        None => (GB18030, bytes),
    };
    let text = encoding
        .decode_without_bom_handling_and_without_replacement(body)
        .ok_or_else(|| {
            format!(
                "is neither UTF-8, UTF-16 with a byte-order mark nor GB18030 (GBK): {} has bytes that are no text in it; save the report as UTF-8",
                name(encoding)
            )
        })?;
    if let Some(at) = text.find(|c: char| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')) {
        let line = text[..at].matches('\n').count() + 1;
        return Err(format!(
            "read as {} it holds a control character on line {line}: it is not a text file (or it is UTF-16 without a byte-order mark); save the report as UTF-8",
            name(encoding)
        ));
    }
    Ok(Decoded {
        text: text.replace("\r\n", "\n").replace('\r', "\n"),
        encoding: name(encoding),
    })
}

/// The encoding's name as editors and `iconv` write it (encoding_rs writes "gb18030").
fn name(encoding: &'static Encoding) -> &'static str {
    if encoding == GB18030 {
        "GB18030"
    } else {
        encoding.name()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "一、2018年工作回顾\r\n全年地区生产总值完成192.3亿元。\r\n";
    const LF: &str = "一、2018年工作回顾\n全年地区生产总值完成192.3亿元。\n";

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        let mut bytes = if big_endian { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
        for unit in text.encode_utf16() {
            let pair = if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            };
            bytes.extend(pair);
        }
        bytes
    }

    #[test]
    fn utf8_with_and_without_its_mark() {
        let plain = decode(TEXT.as_bytes()).expect("UTF-8");
        assert_eq!((plain.text.as_str(), plain.encoding), (LF, "UTF-8"));
        let marked = [&[0xEF, 0xBB, 0xBF][..], TEXT.as_bytes()].concat();
        let marked = decode(&marked).expect("UTF-8 with a BOM");
        assert_eq!(
            (marked.text.as_str(), marked.encoding),
            (LF, "UTF-8"),
            "the mark is no text"
        );
    }

    #[test]
    fn utf16_by_its_mark() {
        let little = decode(&utf16(TEXT, false)).expect("UTF-16LE");
        assert_eq!((little.text.as_str(), little.encoding), (LF, "UTF-16LE"));
        let big = decode(&utf16(TEXT, true)).expect("UTF-16BE");
        assert_eq!((big.text.as_str(), big.encoding), (LF, "UTF-16BE"));
    }

    #[test]
    fn gbk_when_not_utf8() {
        let (bytes, _, lossy) = GB18030.encode(TEXT);
        assert!(!lossy);
        assert!(std::str::from_utf8(&bytes).is_err(), "GBK bytes are no UTF-8");
        let read = decode(&bytes).expect("GB18030");
        assert_eq!((read.text.as_str(), read.encoding), (LF, "GB18030"));
    }

    #[test]
    fn old_mac_line_ends_too() {
        assert_eq!(decode("甲\r乙\r\n丙".as_bytes()).expect("text").text, "甲\n乙\n丙");
    }

    #[test]
    fn what_is_no_text_is_refused_with_a_message() {
        // 0xFF never starts a GB18030 sequence; 0x81 0x20 is a cut-off one.
        for bytes in [&[0xB9, 0xFA, 0xFF][..], &[0x81, 0x20, 0x41]] {
            let message = decode(bytes).expect_err("no text");
            assert!(message.contains("GB18030") && message.contains("UTF-8"), "{message}");
        }
        // UTF-16 without its mark: valid UTF-8 bytes, with NULs between the letters.
        let unmarked: Vec<u8> = "report".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert!(decode(&unmarked)
            .expect_err("control characters")
            .contains("control character"));
        // A PNG's signature.
        assert!(decode(&[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]).is_err());
    }
}
