// Checks the Telegram adapter against an independent Bot API emulator, telegram-test-api (npm), which answers
// sendMessage with dates in milliseconds and answerCallbackQuery with a null result. Not part of `dotnet test`:
//   npm install --prefix /tmp/emu telegram-test-api@4.2.1
//   dotnet build src/BeritaBot
//   NODE_PATH=/tmp/emu/node_modules node tests/emulator/telegram-test-api.js
// Passes when a question is answered once and a press on the answer's first button is answered once.
const { spawn } = require('child_process');
const path = require('path');
const TelegramServer = require('telegram-test-api');

const port = 9123;
const token = '123456:EMULATOR-token_abcdefghijklmnop';
const repo = path.resolve(__dirname, '..', '..');

function fail(message) {
  console.error('FAIL ' + message);
  process.exitCode = 1;
}

(async () => {
  const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 60 });
  await server.start();
  const bot = spawn('dotnet', ['run', '--no-build', '--project', path.join(repo, 'src', 'BeritaBot')], {
    cwd: repo,
    env: {
      ...process.env,
      TELEGRAM_BOT_TOKEN: token,
      Telegram__ApiBaseUrl: `http://127.0.0.1:${port}`,
      DISCORD_BOT_TOKEN: '',
      Insights__DatabasePath: path.join(require('os').tmpdir(), `beritabot-emulator-${process.pid}.db`),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    const client = server.getClient(token, { timeout: 30000, userId: 31337, chatId: 31337 });
    await client.sendMessage(client.makeMessage('kapan gencatan senjata ditandatangani?'));
    const answer = (await client.getUpdates()).result[0].message;
    console.log('ANSWER ' + answer.text.split('\n')[0]);
    const button = answer.reply_markup.inline_keyboard[0][0];
    await client.sendCallback(client.makeCallbackQuery(button.callback_data, { message: { message_id: answer.message_id } }));
    const card = (await client.getUpdates()).result[0].message;
    console.log('PRESSED "' + button.text + '" -> ' + card.text.split('\n')[0]);

    // Time for a retry to show up, had an unreadable reply been retried.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const sent = (await client.getUpdatesHistory()).filter((h) => h.message && h.message.chat_id !== undefined).length;
    if (sent !== 2) {
      fail(`the bot sent ${sent} messages, expected 2`);
    } else {
      console.log('OK 2 messages, none repeated');
    }
  } catch (error) {
    fail(error.message);
  } finally {
    bot.kill('SIGTERM');
    await server.stop();
  }
})();
