//! The widget's own words (not the report's) in both languages, in one place.

use crate::data::{Lang, REPORT};

pub struct Strings {
    pub language_switch: &'static str,
    pub notes: &'static str,
    pub units_note: &'static str,
    pub download_data: &'static str,
    pub data_table: &'static str,
    pub hide_table: &'static str,
    pub save_image: &'static str,
    pub save_svg: &'static str,
    pub embed: &'static str,
    pub embed_hint: &'static str,
    pub column_figure: &'static str,
    pub column_value: &'static str,
    pub column_phrase: &'static str,
    pub derived_from: &'static str,
    pub too_narrow: &'static str,
    pub not_drawn: &'static str,
    pub largest: &'static str,
    pub smallest: &'static str,
    pub figures_count: &'static str,
    pub keyboard_hint: &'static str,
    pub colon: &'static str,
    pub separator: &'static str,
    pub contents: &'static str,
}

const ZH: Strings = Strings {
    language_switch: "语言",
    notes: "说明",
    units_note: "数字单位沿用原报道（亿元、万元、万户等）。",
    download_data: "下载数据（CSV）",
    data_table: "数据表",
    hide_table: "收起数据表",
    save_image: "保存图片",
    save_svg: "保存SVG矢量图",
    embed: "嵌入代码",
    embed_hint: "复制以下代码，粘贴到网页中即可单独嵌入此图表：",
    column_figure: "指标",
    column_value: "数值",
    column_phrase: "原文",
    derived_from: "推算：",
    too_narrow: "显示区域太窄，无法绘制图表。",
    not_drawn: "图表未能绘制：",
    largest: "最大",
    smallest: "最小",
    figures_count: "项数据",
    keyboard_hint: "用方向键逐项查看，按 Esc 取消选择。",
    colon: "：",
    separator: "；",
    contents: "目录",
};

const EN: Strings = Strings {
    language_switch: "Language",
    notes: "Notes",
    units_note: "Amounts are converted from the report’s Chinese units into thousands, millions and billions; CNY = renminbi yuan; 1 mu = 1/15 hectare.",
    download_data: "Download data (CSV)",
    data_table: "Data table",
    hide_table: "Hide data table",
    save_image: "Save image",
    save_svg: "Save as SVG",
    embed: "Embed",
    embed_hint: "To embed this chart alone, copy this code into your page:",
    column_figure: "Figure",
    column_value: "Value",
    column_phrase: "Report’s words",
    derived_from: "Derived: ",
    too_narrow: "This space is too narrow to draw the chart.",
    not_drawn: "The chart could not be drawn: ",
    largest: "largest",
    smallest: "smallest",
    figures_count: "figures",
    keyboard_hint: "Arrow keys step through the values; Esc clears the selection.",
    colon: ": ",
    separator: "; ",
    contents: "Contents",
};

/// The credit under the title, under a chart embedded alone and on its saved files (composed
/// by the build: `data::dateline`).
pub fn credit_line(lang: Lang) -> String {
    REPORT.credit.get(lang).to_string()
}

pub use crate::data::dateline::year_text;

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::{EN, ZH};
    use crate::data::rules::chinese_in;

    /// Every field of both tables, by name.
    fn fields(strings: &super::Strings) -> Vec<(&'static str, &'static str)> {
        let super::Strings {
            language_switch,
            notes,
            units_note,
            download_data,
            data_table,
            hide_table,
            save_image,
            save_svg,
            embed,
            embed_hint,
            column_figure,
            column_value,
            column_phrase,
            derived_from,
            too_narrow,
            not_drawn,
            largest,
            smallest,
            figures_count,
            keyboard_hint,
            colon,
            separator,
            contents,
        } = *strings;
        vec![
            ("language_switch", language_switch),
            ("notes", notes),
            ("units_note", units_note),
            ("download_data", download_data),
            ("data_table", data_table),
            ("hide_table", hide_table),
            ("save_image", save_image),
            ("save_svg", save_svg),
            ("embed", embed),
            ("embed_hint", embed_hint),
            ("column_figure", column_figure),
            ("column_value", column_value),
            ("column_phrase", column_phrase),
            ("derived_from", derived_from),
            ("too_narrow", too_narrow),
            ("not_drawn", not_drawn),
            ("largest", largest),
            ("smallest", smallest),
            ("figures_count", figures_count),
            ("keyboard_hint", keyboard_hint),
            ("colon", colon),
            ("contents", contents),
            ("separator", separator),
        ]
    }

    #[test]
    fn english_words_carry_no_chinese_and_every_chinese_word_has_its_twin() {
        for ((name, zh), (_, en)) in fields(&ZH).into_iter().zip(fields(&EN)) {
            assert_eq!(chinese_in(en), None, "EN.{name} = {en:?}");
            assert!(zh.trim().is_empty() || !en.trim().is_empty(), "EN.{name} is empty");
        }
    }
}
