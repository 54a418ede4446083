//! What every edition says of where a report is from and who supplied it, composed once by the
//! build for the page, the share cards and the poster: the dateline (南昌市青山湖区 · 2023年), the
//! credit, and a year as the editions write it.

use super::vocabulary::Lang;

/// A year: 2018年 / 2018.
pub fn year_text(year: u16, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{year}年"),
        Lang::En => year.to_string(),
    }
}

/// The year of a report's lead figures: the year alone where it is the report's (2023年), else
/// said as the year the figures are of (2018年主要数据 / 2018 in figures), so that a work report
/// of 2019 does not seem to lead with 2019's figures.
pub fn lead_year_text(year: u16, report_year: u16, lang: Lang) -> String {
    match (year == report_year, lang) {
        (true, _) => year_text(year, lang),
        (false, Lang::Zh) => format!("{year}年主要数据"),
        (false, Lang::En) => format!("{year} in figures"),
    }
}

/// Place and year: 南昌市青山湖区 · 2023年.
pub fn dateline_text(place: &str, year: u16, lang: Lang) -> String {
    lead_dateline_text(place, year, year, lang)
}

/// Place and the year of a report's lead figures, said as [`lead_year_text`] says it: 海拉尔区 ·
/// 2018年主要数据 on the 2019 report's card.
pub fn lead_dateline_text(place: &str, year: u16, report_year: u16, lang: Lang) -> String {
    format!("{place} · {}", lead_year_text(year, report_year, lang))
}

/// Source and publication, or the publication's own credit where it names the source
/// (来源：青山湖区融媒体中心供稿).
pub fn credit_text(source: &str, publication: &str, lang: Lang) -> String {
    if publication.contains(source) {
        publication.to_string()
    } else {
        let label = match lang {
            Lang::Zh => "来源：",
            Lang::En => "Source: ",
        };
        format!("{label}{source} · {publication}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_credit_names_its_source_once() {
        assert_eq!(credit_text("甲中心", "本版由甲中心提供", Lang::Zh), "本版由甲中心提供");
        assert_eq!(credit_text("A", "B", Lang::En), "Source: A · B");
        assert_eq!(dateline_text("海拉尔区", 2019, Lang::Zh), "海拉尔区 · 2019年");
        assert_eq!(dateline_text("Hailar", 2019, Lang::En), "Hailar · 2019");
        assert_eq!(lead_year_text(2023, 2023, Lang::Zh), "2023年");
        assert_eq!(lead_year_text(2018, 2019, Lang::Zh), "2018年主要数据");
        assert_eq!(lead_year_text(2018, 2019, Lang::En), "2018 in figures");
    }
}
