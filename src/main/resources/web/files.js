// Saving and loading answers as a file: the same answers document `k2advisor advise --answers`
// reads, so a file saved here works on the command line and back.

export const FILE_NAME = 'k2advisor-answers.json';

export function save(answers) {
  const blob = new Blob([JSON.stringify(answers, null, 2) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = FILE_NAME;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken its copy once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function read(file) {
  return file.text();
}
