//! A rank the report states (综合算力指数全国第一, 唐山港货物吞吐量稳居世界第二, 位居第三): a
//! figure, the N-th place, where a 第N before anything else is a name or a figure of speech
//! (第一动力, 第三中学).

use super::labels::is_han;

/// Where a rank is held (全国第一, 世界第二).
const RANKED_IN: &[&str] = &["全国", "世界", "全球", "全省", "全市", "全区", "全县", "全盟", "全州"];

/// The verbs that hold a rank (稳居世界第二, 均居全国第一, 排名第三).
const RANK_VERBS: &[&str] = &["稳居", "均居", "位居", "位列", "排名", "居", "列"];

/// Whether a 第N is a rank: after where it is held or a verb that holds it, with nothing that
/// it counts after it (全国第十四届冬运会 is an event's edition, 全国第一方阵 a figure of speech).
pub fn is_rank(before: &str, after: &str) -> bool {
    let Some(held) = before.strip_suffix('第') else {
        return false;
    };
    let counted = after.chars().next().is_some_and(|c| c.is_ascii_digit() || is_han(c));
    !counted && RANKED_IN.iter().chain(RANK_VERBS).any(|word| held.ends_with(word))
}

/// The words before a rank without where it is held and the verb that holds it: 钢铁行业绿色工厂
/// 数量均居全国 → 钢铁行业绿色工厂数量, the subject ranked.
pub fn without_where_held(before: &str) -> &str {
    let before = RANKED_IN.iter().fold(before, |rest, word| rest.trim_end_matches(word));
    RANK_VERBS.iter().fold(before, |rest, word| rest.trim_end_matches(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_and_what_is_no_rank() {
        assert!(is_rank("综合算力指数全国第", "，13个大模型"));
        assert!(is_rank("吞吐量稳居世界第", "，石家庄"));
        assert!(is_rank("数量均居全国第", "。"));
        assert!(is_rank("位居第", ""));
        assert!(!is_rank("全国第", "届冬季运动会"), "an event's edition");
        assert!(!is_rank("全国第", "方阵"), "a figure of speech");
        assert!(!is_rank("创新是第", "动力"));
        assert_eq!(without_where_held("环保绩效A级企业数量均居全国"), "环保绩效A级企业数量");
        assert_eq!(
            without_where_held("唐山港沿海货物吞吐量稳居世界"),
            "唐山港沿海货物吞吐量"
        );
    }
}
