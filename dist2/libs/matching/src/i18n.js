export function localize(text, locale = 'zh-CN') {
    return locale === 'en-US' ? text.en : text.zh;
}
export function text(zh, en) {
    return { zh, en };
}
