// Noughts and crosses for two players; anyone else watches. The first mover plays X, the
// first other person to answer plays O. Each move names its number, so the state is a pure
// function of the set of moves: if two people claim the same move at once, every device
// keeps the one from the smallest address, and all converge.
const moves = [];              // every move received: {n, cell, addr, name}
const seen = [];               // move numbers in the order this device received them

const LINES = [[0,1,2],[3,4,5],[6,7,8],[0,3,6],[1,4,7],[2,5,8],[0,4,8],[2,4,6]];

function state() {
  const board = Array(9).fill(null);
  const players = [];
  let winner = null;
  for (let n = 0; n < 9 && !winner; n++) {
    const candidates = moves.filter((m) => m.n === n).sort((a, b) => (a.addr < b.addr ? -1 : 1));
    const valid = candidates.find((m) => {
      if (board[m.cell] !== null) return false;
      if (players.length < 2) return n === 0 || m.addr !== players[0];
      return m.addr === players[n % 2];
    });
    if (!valid) break;
    if (players.length < 2 && !players.includes(valid.addr)) players.push(valid.addr);
    board[valid.cell] = n % 2 === 0 ? "X" : "O";
    winner = LINES.map((l) => l.map((i) => board[i])).find((l) => l[0] && l[0] === l[1] && l[1] === l[2]);
    winner = winner ? winner[0] : null;
  }
  const played = board.filter(Boolean).length;
  return { board, players, winner, played, next: played % 2 === 0 ? "X" : "O" };
}

function render() {
  const s = state();
  const board = document.getElementById("board");
  board.textContent = "";
  s.board.forEach((mark, cell) => {
    const button = document.createElement("button");
    button.textContent = mark || "";
    button.disabled = Boolean(mark) || Boolean(s.winner);
    button.onclick = () => play(cell);
    board.appendChild(button);
  });
  document.getElementById("status").textContent =
    s.winner ? `${s.winner} wins` : s.played === 9 ? "A draw" : `${s.next} to play`;
}

function play(cell) {
  const s = state();
  const me = webxdc.selfAddr;
  const myTurn = s.players.length < 2 ? (s.played === 0 || s.players[0] !== me)
    : s.players[s.played % 2] === me;
  if (!myTurn || s.board[cell] || s.winner) return Promise.resolve(false);
  const mark = s.played % 2 === 0 ? "X" : "O";
  return webxdc.sendUpdate({
    payload: { n: s.played, cell, addr: me, name: webxdc.selfName },
    info: `${webxdc.selfName} played ${mark}`,
  }, "move").then(() => true);
}

window.gameState = state;
window.gamePlay = play;
window.gameSeen = seen;
window.ready = webxdc.setUpdateListener((update) => {
  const p = update.payload;
  if (p && Number.isInteger(p.n) && Number.isInteger(p.cell) && p.cell >= 0 && p.cell < 9) {
    moves.push({ n: p.n, cell: p.cell, addr: String(p.addr), name: String(p.name) });
    seen.push(p.n);
  }
  render();
}, 0).then(() => { render(); window.listening = true; });
