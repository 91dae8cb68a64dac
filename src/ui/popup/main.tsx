document.getElementById("app")!.textContent = "popup placeholder";
