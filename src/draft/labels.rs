//! A figure's clause and Chinese label: the label is the figure's own subject (规模以上工业
//! 总产值, not the clause before it, never a pronoun like 这), the n-th subject of a 分别 list,
//! or the noun after a number that counts it first (34个项目进入… → 项目).

/// Where a clause ends: a phrase never runs past one of these.
pub const CLAUSE_ENDS: &[char] = &['，', '。', '；', '：', '！', '？', '…', '—', ',', ';'];

/// Words that open a clause without naming its subject: a clause that holds nothing else
/// takes its subject from the clause before it (…完成192.3亿元，同比增长6.0%).
const CONNECTORS: &str =
    "同比 分别 增长 下降 提高 达到 达 为 占 其中 比上年 较上年 较 比 均 约 近 超 完成 实现 按可比价计算 按可比价格计算";

/// Verbs that stand between a subject and its number (规模以上工业总产值完成90.1亿元) or
/// after a counted noun (3处生活垃圾转运站投入使用): a label stops at them.
const VERBS: &str = "完成 实现 达到 达 突破 超过 缩减到 减少到 增加到 提高到 下降到 控制在 稳定在 保持在 增长 下降 提高 投入使用 投入 进入 通过 获得 获批 入选 开工 竣工 建成 参展 取得 占 为 的 已";

/// Verbs that open a clause of work done (投资…改扩建, 完成…整治): words before a counted noun
/// that name no subject of their own.
const ACTIONS: &str = "投资 新建 改扩建 改建 扩建 建设 建成 完成 启动 实施 解决 开工 改造 修复 打造 培育 引进 组织 举办 开展 发放 提供 拆除 整治 吸引 办理 受理 考录 招聘 培训 扶持 创建 命名 认定 评为 利用";

/// Pronouns, openers and adverbs of effort that name no subject.
const OPENERS: &str =
    "全年 一年来 去年 其中 同时 此外 这些 这 该区 该市 该县 该省 该 上述 以上 继续 全力 确保 力争 加快 推进 率先 努力 进一步 的";

/// Words a label does not end with: particles and adverbs (办结率均, 出入境人数同比, …转运站以).
const TRAILING: &str = "同比 均 已 以 等 了 和 及 与 的 建设 超 从 由";

fn words(list: &'static str) -> impl Iterator<Item = &'static str> + Clone {
    list.split(' ')
}

/// Where the clause holding a number starts; a clause with no subject of its own starts with
/// the one before it.
pub fn clause_start(text: &str, at: usize) -> usize {
    let mut start = after_clause_end(text, at);
    for _ in 0..3 {
        let subject = strip_connectors(&text[start..at]);
        if subject.chars().any(is_han) || start == 0 {
            break;
        }
        let previous_end = start - text[..start].chars().next_back().map_or(0, char::len_utf8);
        start = after_clause_end(text, previous_end);
    }
    start
}

/// Where the clause holding `at` ends (its punctuation, or the end of the text).
pub fn clause_end(text: &str, at: usize) -> usize {
    text[at..].find(CLAUSE_ENDS).map_or(text.len(), |end| at + end)
}

fn after_clause_end(text: &str, at: usize) -> usize {
    text[..at]
        .rfind(CLAUSE_ENDS)
        .map_or(0, |end| end + text[end..].chars().next().map_or(0, char::len_utf8))
}

pub fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// The words without the connectors at either end, the longer first (同比 before 比), and
/// without trailing numbers.
fn strip_connectors(text: &str) -> String {
    let mut connectors: Vec<&str> = words(CONNECTORS).collect();
    connectors.sort_by_key(|word| std::cmp::Reverse(word.len()));
    let mut rest = text.trim();
    loop {
        let before = rest;
        if let Some(word) = connectors
            .iter()
            .find(|word| rest.starts_with(*word) || rest.ends_with(*word))
        {
            rest = rest
                .strip_prefix(word)
                .or_else(|| rest.strip_suffix(word))
                .unwrap_or(rest);
        }
        rest = rest.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == '、' || c == '%');
        if rest == before {
            return rest.to_string();
        }
    }
}

/// The subject in words before a number: openers and pronouns out, cut at the first verb or
/// number (规模以上工业总产值完成90.1亿元 → 规模以上工业总产值).
fn subject(text: &str) -> String {
    let mut rest = text.trim();
    loop {
        let before = rest;
        for word in words(OPENERS).chain(words(CONNECTORS)) {
            rest = rest.trim_start_matches(word);
        }
        if rest == before {
            break;
        }
    }
    let cut = words(VERBS)
        .filter_map(|verb| rest.find(verb))
        .filter(|&at| at > 0)
        .chain(rest.find(|c: char| c.is_ascii_digit()))
        .min()
        .unwrap_or(rest.len());
    let mut subject = &rest[..cut];
    loop {
        let before = subject;
        for word in words(TRAILING).chain(words(VERBS)) {
            subject = subject.trim_end_matches(word);
        }
        subject = subject.trim_end_matches('、');
        if subject == before {
            break;
        }
    }
    if subject.chars().any(is_han) {
        subject.to_string()
    } else {
        String::new()
    }
}

/// The words after the last number of a text and its unit (投资1100万元新建污水管线 → 新建污水
/// 管线), if a number stands in it.
fn after_last_number(text: &str) -> Option<&str> {
    let last = text.rfind(|c: char| c.is_ascii_digit())?;
    let rest = &text[last + 1..];
    // 完成2019年度…: a year or a date names no subject.
    if rest.starts_with(['年', '月', '日']) {
        return None;
    }
    let rest = rest.trim_start_matches(['万', '亿']);
    let unit = "元个项家座处条名人户米亩吨台辆套所件次";
    Some(rest.strip_prefix(|c: char| unit.contains(c)).unwrap_or(rest))
}

/// The noun a number counts when it follows the number and its unit (26座水冲式公共厕所、… →
/// 水冲式公共厕所), to the next list mark, verb or 的.
fn counted_noun(after_unit: &str) -> String {
    let item = after_unit
        .split(['、', '，', '。', '；', '：', ',', ';'])
        .next()
        .unwrap_or("");
    let item = item.split(['和', '及']).next().unwrap_or("");
    subject(item)
}

/// The Chinese label of a number: `clause` is its clause (from [`clause_start`]), `before` the
/// clause's words up to the number, `after_unit` the text after its unit; `count` whether the
/// unit counts things (个, 座, 家), so that a noun after it names them.
pub fn label(before: &str, after_unit: &str, count: bool, index_in_list: usize) -> String {
    let parts: Vec<&str> = before.split(CLAUSE_ENDS).collect();
    let own = parts.last().copied().unwrap_or("");
    // A 分别 list: the n-th of its subjects (城乡…分别完成37820元、28104元 → 城镇…, 农村…),
    // named in its own clause or, for a list that follows (，同比分别增长6.5%、9.4%), in the
    // clause before it.
    if own.contains("分别") {
        let named = parts.iter().rev().find_map(|part| {
            let (subjects, _) = part.split_once("分别")?;
            respective(subjects, index_in_list)
        });
        if let Some(named) = named {
            return named;
        }
    }
    // The item of a list the number opens (、29个老旧小区供热…): its own words first.
    let item = own.rsplit('、').next().unwrap_or(own);
    let mut mine = subject(item);
    if mine.is_empty() && item.len() < own.len() {
        mine = subject(own);
    }
    // 投资1100万元新建污水管线2847米: what follows the other number, not the investment.
    if let Some(rest) = after_last_number(item).filter(|_| mine.is_empty() || words(ACTIONS).any(|verb| mine == verb)) {
        let rest = words(ACTIONS).fold(rest, |rest, verb| rest.trim_start_matches(verb));
        let named = subject(rest);
        if !named.is_empty() {
            mine = named;
        }
    }
    let noun = if count || mine.is_empty() {
        counted_noun(after_unit)
    } else {
        String::new()
    };
    if !noun.is_empty() && words(ACTIONS).any(|verb| mine.starts_with(verb)) {
        mine.clear();
    }
    let label = match (mine.is_empty(), noun.is_empty()) {
        (true, false) => noun,
        (false, false) if !mine.ends_with(&noun) => format!("{mine}{noun}"),
        (false, _) => mine,
        (true, true) => parts
            .iter()
            .rev()
            .map(|part| subject(part))
            .find(|s| !s.is_empty())
            .unwrap_or_default(),
    };
    if label.is_empty() {
        before.trim().to_string()
    } else {
        label
    }
}

/// The n-th subject of a 分别 list: 学前三年入园率及公办园入园率 → the first or the second;
/// 城乡X → 城镇X, 农村X.
fn respective(subjects: &str, index: usize) -> Option<String> {
    let whole = subject(subjects);
    let listed: Vec<&str> = whole
        .split(['、', '和', '及', '与'])
        .filter(|s| !s.is_empty())
        .collect();
    if listed.len() > 1 {
        return listed.get(index).map(|s| s.to_string());
    }
    let rest = whole.strip_prefix("城乡")?;
    ["城镇", "农村"].get(index).map(|place| format!("{place}{rest}"))
}

#[cfg(test)]
mod tests;
