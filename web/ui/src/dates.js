// Dates come as YYYY-MM-DD (start and end of what a source says). Analysts
// read "Oct 2025" or "the 1970s" faster than the day range that stands for
// them.

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function lastDay(y, m) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function day(d) {
  const [y, m, dd] = d.split('-');
  if (!m) return y;
  const mon = months[Number(m) - 1] || m;
  return dd ? `${Number(dd)} ${mon} ${y}` : `${mon} ${y}`;
}

// formatDate writes a date or a range: "28 Oct 2025", "27–29 Oct 2025",
// "Oct 2025", "2019", "1970s", else "28 Oct 2025 – 2 Nov 2025".
export function formatDate(start, end) {
  if (!start) return '';
  if (!end || end === start) return day(start);
  const [ys, ms, ds] = start.split('-').map(Number);
  const [ye, me, de] = end.split('-').map(Number);
  if (ms === 1 && ds === 1 && me === 12 && de === 31) {
    if (ys === ye) return String(ys);
    if (ys % 10 === 0 && ye === ys + 9) return `${ys}s`;
    return `${ys}–${ye}`;
  }
  if (ys === ye && ms === me) {
    if (ds === 1 && de === lastDay(ye, me)) return `${months[ms - 1]} ${ys}`;
    return `${ds}–${day(end)}`;
  }
  return day(start) + ' – ' + day(end);
}
