document.getElementById("app")!.textContent = "options placeholder";
