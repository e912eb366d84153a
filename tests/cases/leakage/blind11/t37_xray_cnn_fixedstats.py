"""Chest X-ray pneumonia classifier - ResNet18 fine-tuning.

Normalisation uses the ImageNet statistics that the pretrained weights expect; nothing is
estimated from our images. 70/15/15 random split, val for model checkpointing, test once.
"""
import copy
import numpy as np
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, random_split
from torchvision import datasets, transforms, models

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

IMAGENET_MEAN = [0.485, 0.456, 0.406]
IMAGENET_STD = [0.229, 0.224, 0.225]

tfm = transforms.Compose([
    transforms.Grayscale(num_output_channels=3),
    transforms.Resize((224, 224)),
    transforms.ToTensor(),
    transforms.Normalize(IMAGENET_MEAN, IMAGENET_STD),
])

ds = datasets.ImageFolder("chest_xray/all", transform=tfm)
print(ds.class_to_idx, len(ds))
targets = np.array(ds.targets)

n = len(ds)
n_val, n_test = int(0.15 * n), int(0.15 * n)
train_ds, val_ds, test_ds = random_split(ds, [n - n_val - n_test, n_val, n_test],
                                         generator=torch.Generator().manual_seed(0))

dl = {k: DataLoader(v, batch_size=32, shuffle=(k == "train"), num_workers=4)
      for k, v in [("train", train_ds), ("val", val_ds), ("test", test_ds)]}

model = models.resnet18(weights=models.ResNet18_Weights.IMAGENET1K_V1)
model.fc = nn.Linear(model.fc.in_features, 2)
model = model.to(device)

crit = nn.CrossEntropyLoss()
opt = torch.optim.Adam(model.parameters(), lr=1e-4)


def accuracy(loader):
    model.eval()
    c = t = 0
    with torch.no_grad():
        for xb, yb in loader:
            pred = model(xb.to(device)).argmax(1).cpu()
            c += (pred == yb).sum().item()
            t += len(yb)
    return c / t


best_acc, best_w = 0.0, None
for epoch in range(8):
    model.train()
    for xb, yb in dl["train"]:
        xb, yb = xb.to(device), yb.to(device)
        opt.zero_grad()
        loss = crit(model(xb), yb)
        loss.backward()
        opt.step()
    va = accuracy(dl["val"])
    print(f"epoch {epoch} val acc {va:.4f}")
    if va > best_acc:
        best_acc, best_w = va, copy.deepcopy(model.state_dict())

model.load_state_dict(best_w)
test_acc = accuracy(dl["test"])

# majority-class baseline (predict the most common class of the training split)
train_labels = targets[train_ds.indices]
majority = np.bincount(train_labels).argmax()
baseline_acc = (targets[test_ds.indices] == majority).mean()
print(f"test accuracy {test_acc:.4f}  | majority-class baseline {baseline_acc:.4f}")
