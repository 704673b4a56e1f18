/*
 * nn-playground's taking things away, loaded by loader.js the first time something is exported or
 * predicted (the page does not need it to start): the views as PNG (canvas.toBlob, at the canvases'
 * device resolution) and the one figure of graph, output and loss side by side with the link and the
 * epoch as its caption, and the JavaScript API's exportModel and predict over the exported functions
 * (numbers cross as base64url doubles). Defines window.nnPlaygroundExportTools.
 *
 * Hand-written, no framework, no modules: a classic script so that it also runs from file://.
 */
(function () {
  "use strict";
  var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var bytesOf = window.nnPlaygroundExport.bytesOf;

  function textOf(bytes) {
    var s = "";
    for (var i = 0; i < bytes.length; i += 3) {
      var have = Math.min(3, bytes.length - i);
      var n = bytes[i] << 16 | (have > 1 ? bytes[i + 1] << 8 : 0) | (have > 2 ? bytes[i + 2] : 0);
      for (var k = 0; k <= have; k++) {
        s += B64.charAt((n >>> (18 - 6 * k)) & 63);
      }
    }
    return s;
  }

  function doublesOf(text) {
    var b = bytesOf(text);
    return Array.prototype.slice.call(new Float64Array(b.buffer, 0, b.length / 8));
  }

  function textOfDoubles(values) {
    return textOf(new Uint8Array(new Float64Array(values).buffer));
  }

  var VIEW_SELECTORS = { graph: ".nnp-graph-canvas", output: ".nnp-output-canvas", loss: ".nnp-loss-canvas" };

  /* The canvas of a view: graph, output, loss, or a lesson view by its caption ("lesson:Loss landscape"). */
  function canvasOf(root, view) {
    if (VIEW_SELECTORS[view]) {
      return root.querySelector(VIEW_SELECTORS[view]);
    }
    if (typeof view === "string" && view.indexOf("lesson:") === 0) {
      var title = view.slice(7);
      var figures = root.querySelectorAll(".nnp-lesson-view");
      for (var i = 0; i < figures.length; i++) {
        var caption = figures[i].querySelector("figcaption");
        if (caption && caption.textContent === title) {
          return figures[i].querySelector("canvas");
        }
      }
    }
    return null;
  }

  function blobOf(canvas) {
    return new Promise(function (resolve, reject) {
      canvas.toBlob(function (blob) {
        if (blob) {
          resolve(blob);
        } else {
          reject(new Error("the browser could not make a PNG of this view"));
        }
      }, "image/png");
    });
  }

  /* Splits text into lines that fit maxWidth in the context's font, breaking anywhere (a link has no spaces). */
  function wrapText(ctx, text, maxWidth) {
    var lines = [];
    var line = "";
    for (var i = 0; i < text.length; i++) {
      var next = line + text.charAt(i);
      if (line && ctx.measureText(next).width > maxWidth) {
        lines.push(line);
        line = text.charAt(i);
      } else {
        line = next;
      }
    }
    if (line) {
      lines.push(line);
    }
    return lines;
  }

  /* The graph, output and loss views side by side on white, with the caption lines below. */
  function figureOf(root, caption) {
    var canvases = ["graph", "output", "loss"].map(function (v) { return canvasOf(root, v); })
      .filter(function (c) { return c && c.width > 0 && c.height > 0; });
    if (canvases.length === 0) {
      return Promise.reject(new Error("there is no view to draw"));
    }
    var scale = window.devicePixelRatio || 1;
    var gap = Math.round(16 * scale);
    var width = gap;
    var height = 0;
    canvases.forEach(function (c) { width += c.width + gap; height = Math.max(height, c.height); });
    var figure = document.createElement("canvas");
    var ctx = figure.getContext("2d");
    var fontSize = Math.round(13 * scale);
    ctx.font = fontSize + "px system-ui, sans-serif";
    var lines = wrapText(ctx, caption, width - 2 * gap);
    var lineHeight = Math.round(fontSize * 1.4);
    figure.width = width;
    figure.height = gap + height + gap + lines.length * lineHeight + gap;
    ctx = figure.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, figure.width, figure.height);
    var x = gap;
    canvases.forEach(function (c) { ctx.drawImage(c, x, gap); x += c.width + gap; });
    ctx.fillStyle = "#333333";
    ctx.font = fontSize + "px system-ui, sans-serif";
    ctx.textBaseline = "top";
    lines.forEach(function (l, i) { ctx.fillText(l, gap, gap + height + gap + i * lineHeight); });
    return blobOf(figure);
  }

  /* A PNG Blob of one view, or of the figure (view "figure", the default). */
  function pictureOf(root, view, caption) {
    if (!view || view === "figure") {
      return figureOf(root, caption);
    }
    var canvas = canvasOf(root, view);
    if (!canvas) {
      return Promise.reject(new Error("there is no view \"" + view + "\" here; use figure, graph, output, loss"
        + " or lesson: and a lesson view's title"));
    }
    return blobOf(canvas);
  }

  function unwrap(text) {
    if (typeof text === "string" && text.charAt(0) === "!") {
      throw new Error(text.slice(1));
    }
    return text;
  }

  /*
   * exportModel over one playground: target has export(format) (the text, or a Promise of it),
   * predict(bits, width), link() and epoch(), and root is the element that holds its views.
   */
  function exportModel(target, root, format, options) {
    if (format === "png") {
      var view = options && options.view;
      return pictureOf(root, view, "nn-playground, epoch " + target.epoch() + ": #" + target.link());
    }
    if (format === "tfjs") {
      return Promise.resolve(target.export("tfjs")).then(function (model) {
        model = unwrap(model);
        return Promise.resolve(target.export("tfjs-weights")).then(function (weights) {
          return { "model.json": model, "weights.bin": bytesOf(unwrap(weights)) };
        });
      });
    }
    if (["json", "python", "formula", "csv"].indexOf(format) < 0) {
      return Promise.reject(new Error("unknown format " + format + "; use json, tfjs, python, formula, png or csv"));
    }
    return Promise.resolve(target.export(format)).then(unwrap);
  }

  /* predict over one playground: rows of raw inputs (numbers) to rows of outputs. */
  function predict(target, rows) {
    if (!Array.isArray(rows)) {
      return Promise.reject(new Error("predict needs an array of rows, e.g. [[0.5, -1]]"));
    }
    if (rows.length === 0) {
      return Promise.resolve([]);
    }
    var width = Array.isArray(rows[0]) ? rows[0].length : 1;
    var flat = [];
    for (var i = 0; i < rows.length; i++) {
      var row = Array.isArray(rows[i]) ? rows[i] : [rows[i]];
      if (row.length !== width) {
        return Promise.reject(new Error("row " + (i + 1) + " has " + row.length + " values; row 1 has " + width));
      }
      for (var j = 0; j < row.length; j++) {
        if (typeof row[j] !== "number") {
          return Promise.reject(new Error("row " + (i + 1) + " holds " + String(row[j]) + ", not a number"));
        }
        flat.push(row[j]);
      }
    }
    try {
      var out = doublesOf(unwrap(target.predict(textOfDoubles(flat), width)));
      var per = out.length / rows.length;
      var result = [];
      for (var r = 0; r < rows.length; r++) {
        result.push(out.slice(r * per, (r + 1) * per));
      }
      return Promise.resolve(result);
    } catch (e) {
      return Promise.reject(e);
    }
  }

  window.nnPlaygroundExportTools = Object.freeze({ pictureOf: pictureOf, exportModel: exportModel, predict: predict });
})();
