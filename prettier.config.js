// Office's prettier config, with lines long enough for one sheet column per line of a schema.
module.exports = Object.assign({}, require("office-addin-prettier-config"), { printWidth: 150 });
