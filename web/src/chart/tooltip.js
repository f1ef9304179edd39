// A uPlot plugin showing, beside the cursor, the x value and every series' value there (a finger on a phone gets
// the same box as a mouse). Formatting comes from the chart, so the tooltip's decimals are the axis's.

export function tooltip({ formatX, formatSeries }) {
  let box = null;
  return {
    hooks: {
      init: [(u) => {
        box = document.createElement("div");
        box.className = "chart-tooltip";
        box.hidden = true;
        u.over.appendChild(box);
        u.over.addEventListener("mouseleave", () => { box.hidden = true; });
      }],
      setCursor: [(u) => {
        const index = u.cursor.idx;
        if (index === null || index === undefined || u.cursor.left < 0) {
          box.hidden = true;
          return;
        }
        const lines = [];
        for (let k = 1; k < u.series.length; k++) {
          const value = u.data[k][index];
          if (value === null || value === undefined || !u.series[k].show) continue;
          lines.push({ label: u.series[k].label, color: u.series[k]._stroke, text: formatSeries(k, value) });
        }
        if (lines.length === 0) {
          box.hidden = true;
          return;
        }
        box.replaceChildren();
        const head = document.createElement("b");
        head.textContent = formatX(u.data[0][index]);
        box.appendChild(head);
        for (const line of lines) {
          const row = document.createElement("div");
          const swatch = document.createElement("span");
          swatch.className = "swatch";
          swatch.style.background = line.color;
          row.append(swatch, `${line.label}: ${line.text}`);
          box.appendChild(row);
        }
        box.hidden = false;
        // Keep the box inside the plot: left of the cursor on the right half.
        const left = u.cursor.left;
        const width = u.over.clientWidth;
        box.style.left = left > width / 2 ? "" : `${left + 12}px`;
        box.style.right = left > width / 2 ? `${width - left + 12}px` : "";
        box.style.top = `${Math.max(0, u.cursor.top - 10)}px`;
      }],
    },
  };
}
