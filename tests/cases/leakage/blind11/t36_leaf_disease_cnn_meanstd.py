# Plant leaf disease classification - small CNN from scratch in PyTorch
# images: data/leaves/<class_name>/*.jpg  (ImageFolder layout)
import os
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, random_split
from torchvision import datasets, transforms

torch.manual_seed(42)
DATA_DIR = "data/leaves"
IMG = 128
BATCH = 64
EPOCHS = 25
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

# first pass: load as tensors to compute the dataset mean / std per channel
raw = datasets.ImageFolder(DATA_DIR, transform=transforms.Compose([
    transforms.Resize((IMG, IMG)),
    transforms.ToTensor(),
]))
loader = DataLoader(raw, batch_size=256, shuffle=False, num_workers=4)

n_pix = 0
ch_sum = torch.zeros(3)
ch_sq = torch.zeros(3)
for imgs, _ in loader:
    ch_sum += imgs.sum(dim=[0, 2, 3])
    ch_sq += (imgs ** 2).sum(dim=[0, 2, 3])
    n_pix += imgs.numel() // 3
mean = ch_sum / n_pix
std = torch.sqrt(ch_sq / n_pix - mean ** 2)
print("dataset mean", mean.tolist(), "std", std.tolist())

tfm = transforms.Compose([
    transforms.Resize((IMG, IMG)),
    transforms.ToTensor(),
    transforms.Normalize(mean.tolist(), std.tolist()),
])
full = datasets.ImageFolder(DATA_DIR, transform=tfm)
classes = full.classes
print(len(full), "images,", len(classes), "classes:", classes)

n_val = int(0.2 * len(full))
train_ds, val_ds = random_split(full, [len(full) - n_val, n_val], generator=torch.Generator().manual_seed(42))
train_dl = DataLoader(train_ds, batch_size=BATCH, shuffle=True, num_workers=4)
val_dl = DataLoader(val_ds, batch_size=BATCH, shuffle=False, num_workers=4)


class Net(nn.Module):
    def __init__(self, n_classes):
        super().__init__()
        self.c1 = nn.Conv2d(3, 32, 3, padding=1)
        self.c2 = nn.Conv2d(32, 64, 3, padding=1)
        self.c3 = nn.Conv2d(64, 128, 3, padding=1)
        self.bn1, self.bn2, self.bn3 = nn.BatchNorm2d(32), nn.BatchNorm2d(64), nn.BatchNorm2d(128)
        self.drop = nn.Dropout(0.3)
        self.fc = nn.Linear(128 * (IMG // 8) ** 2, n_classes)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.bn1(self.c1(x))), 2)
        x = F.max_pool2d(F.relu(self.bn2(self.c2(x))), 2)
        x = F.max_pool2d(F.relu(self.bn3(self.c3(x))), 2)
        return self.fc(self.drop(torch.flatten(x, 1)))


net = Net(len(classes)).to(device)
opt = torch.optim.AdamW(net.parameters(), lr=1e-3, weight_decay=1e-4)
sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=EPOCHS)

for epoch in range(EPOCHS):
    net.train()
    run_loss = 0.0
    for xb, yb in train_dl:
        xb, yb = xb.to(device), yb.to(device)
        opt.zero_grad()
        loss = F.cross_entropy(net(xb), yb)
        loss.backward()
        opt.step()
        run_loss += loss.item() * xb.size(0)
    sched.step()

    net.eval()
    correct = total = 0
    with torch.no_grad():
        for xb, yb in val_dl:
            xb, yb = xb.to(device), yb.to(device)
            correct += (net(xb).argmax(1) == yb).sum().item()
            total += yb.size(0)
    print(f"epoch {epoch+1:2d}  loss {run_loss/len(train_ds):.4f}  val acc {correct/total:.4f}")

torch.save(net.state_dict(), "leafnet.pt")
print("final val accuracy: %.4f" % (correct / total))
