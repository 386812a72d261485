// Placeholder: the analyze/predict CLI lands with the core.
console.log('seed-reader CLI');
