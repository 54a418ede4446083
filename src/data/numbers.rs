//! Every number a report's text states: Arabic digits (175.99, 17851), and Chinese numerals
//! where they count something (两个, 四大, 第七届, 连续第三年) rather than stand in a word
//! (一线, 一年来, 万企). Pure; the build's coverage rule and the draft both read the text with it.

/// One number of the text, where it stands (byte offsets) and its value.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention<'a> {
    pub start: usize,
    pub end: usize,
    /// The number as written: "175.99", "四", "十五".
    pub text: &'a str,
    pub value: f64,
}

/// The characters that, after a Chinese numeral, make it a count: 两个, 四大, 三项, 七届.
const CLASSIFIERS: &str = "个大项条所家名年届次场期处件座类级批种户人位支块栋套台辆亩天倍张";

const DIGITS: &str = "零〇一二两三四五六七八九";

/// Every number of the text, in order.
pub fn numbers_in(text: &str) -> Vec<Mention<'_>> {
    let mut found = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |index: usize| chars.get(index).map_or(text.len(), |&(at, _)| at);
    let mut index = 0;
    while index < chars.len() {
        let (start, c) = chars[index];
        if c.is_ascii_digit() {
            let mut next = index;
            while next < chars.len() && chars[next].1.is_ascii_digit() {
                next += 1;
            }
            if next + 1 < chars.len() && chars[next].1 == '.' && chars[next + 1].1.is_ascii_digit() {
                next += 1;
                while next < chars.len() && chars[next].1.is_ascii_digit() {
                    next += 1;
                }
            }
            let written = &text[start..end_of(next)];
            found.push(Mention {
                start,
                end: end_of(next),
                text: written,
                value: written.parse().unwrap_or(0.0),
            });
            index = next;
        } else if is_chinese_numeral(c) {
            let mut next = index;
            while next < chars.len() && is_chinese_numeral(chars[next].1) {
                next += 1;
            }
            let written = &text[start..end_of(next)];
            let before = index.checked_sub(1).map(|at| chars[at].1);
            let after = chars.get(next).map(|&(_, c)| c);
            let ordinal = before == Some('第');
            let counts = after.is_some_and(|c| CLASSIFIERS.contains(c));
            // A lone 一 is a word far more often than a count (一线, 一批, 一年来), and a bare
            // magnitude (万企, 百强, 亿元以上) is no number of its own.
            let lone_one = written == "一" && !ordinal;
            let bare_magnitude = !written.chars().any(|c| DIGITS.contains(c) || c == '十');
            if (ordinal || counts) && !lone_one && !bare_magnitude {
                if let Some(value) = chinese_value(written) {
                    found.push(Mention {
                        start,
                        end: end_of(next),
                        text: written,
                        value,
                    });
                }
            }
            index = next;
        } else {
            index += 1;
        }
    }
    found
}

fn is_chinese_numeral(c: char) -> bool {
    DIGITS.contains(c) || "十百千万亿".contains(c)
}

/// The value of a Chinese numeral up to the ten thousands: 七 7, 十五 15, 二十 20, 一百二十 120.
pub fn chinese_value(numeral: &str) -> Option<f64> {
    let mut total = 0.0;
    let mut section = 0.0;
    let mut digit: Option<f64> = None;
    for c in numeral.chars() {
        let value = match c {
            '零' | '〇' => Some(0.0),
            '一' => Some(1.0),
            '二' | '两' => Some(2.0),
            '三' => Some(3.0),
            '四' => Some(4.0),
            '五' => Some(5.0),
            '六' => Some(6.0),
            '七' => Some(7.0),
            '八' => Some(8.0),
            '九' => Some(9.0),
            _ => None,
        };
        if let Some(value) = value {
            digit = Some(value);
            continue;
        }
        let unit = match c {
            '十' => 10.0,
            '百' => 100.0,
            '千' => 1000.0,
            '万' => 10_000.0,
            '亿' => 100_000_000.0,
            _ => return None,
        };
        if unit >= 10_000.0 {
            total += (section + digit.take().unwrap_or(0.0)) * unit;
            section = 0.0;
        } else {
            section += digit.take().unwrap_or(1.0) * unit;
        }
    }
    Some(total + section + digit.unwrap_or(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<(String, f64)> {
        numbers_in(text)
            .into_iter()
            .map(|m| (m.text.to_string(), m.value))
            .collect()
    }

    #[test]
    fn reads_arabic_numbers_with_their_decimals() {
        assert_eq!(
            values("全年网络零售额175.99亿元，增长14.8%，走访企业17851家。"),
            [
                ("175.99".into(), 175.99),
                ("14.8".into(), 14.8),
                ("17851".into(), 17851.0)
            ]
        );
        let mention = &numbers_in("达8.9万户")[0];
        assert_eq!(&"达8.9万户"[mention.start..mention.end], "8.9");
    }

    #[test]
    fn reads_chinese_numerals_that_count() {
        assert_eq!(values("两个社区卫生服务中心"), [("两".into(), 2.0)]);
        assert_eq!(values("青山湖学校等四大教育集团"), [("四".into(), 4.0)]);
        assert_eq!(values("成功举办第七届南昌赛艇大师赛"), [("七".into(), 7.0)]);
        assert_eq!(values("连续第三年入选"), [("三".into(), 3.0)]);
        assert_eq!(values("党的十九大"), [("十九".into(), 19.0)]);
        assert_eq!(values("第一方阵"), [("一".into(), 1.0)]);
    }

    #[test]
    fn leaves_numerals_that_are_words() {
        for text in [
            "问题在一线发现",
            "一年来",
            "千名干部助万企",
            "亿元以上项目",
            "四下基层",
            "两整治一提升",
            "中国工业百强区",
            "实现了零的突破",
        ] {
            assert_eq!(values(text), [], "{text}");
        }
    }

    #[test]
    fn chinese_values() {
        assert_eq!(chinese_value("十"), Some(10.0));
        assert_eq!(chinese_value("十五"), Some(15.0));
        assert_eq!(chinese_value("二十"), Some(20.0));
        assert_eq!(chinese_value("一百二十"), Some(120.0));
        assert_eq!(chinese_value("三万"), Some(30_000.0));
    }
}
