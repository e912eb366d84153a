"""PlantVillage-style disease classifier with dataset-specific normalisation.

Leaf photos are shot on a uniform background with very different colour statistics
from ImageNet, so the channel means/stds are computed from the dataset.
"""
import torch
import torch.nn as nn
from collections import Counter
from torch.utils.data import DataLoader, Subset, random_split
from torchvision import datasets, models, transforms
from sklearn.metrics import accuracy_score, classification_report

SEED = 0
BATCH = 64
DEVICE = "cuda" if torch.cuda.is_available() else "cpu"


def channel_stats(root):
    ds = datasets.ImageFolder(root, transform=transforms.Compose([transforms.Resize((224, 224)), transforms.ToTensor()]))
    loader = DataLoader(ds, batch_size=256, num_workers=8)
    csum = torch.zeros(3)
    csq = torch.zeros(3)
    npix = 0
    for x, _ in loader:
        csum += x.sum(dim=(0, 2, 3))
        csq += (x ** 2).sum(dim=(0, 2, 3))
        npix += x.shape[0] * x.shape[2] * x.shape[3]
    mean = csum / npix
    std = (csq / npix - mean ** 2).sqrt()
    return mean.tolist(), std.tolist()


def main():
    torch.manual_seed(SEED)
    mean, std = channel_stats("train")
    print("mean", [round(m, 4) for m in mean], "std", [round(s, 4) for s in std])

    train_tf = transforms.Compose([
        transforms.RandomResizedCrop(224),
        transforms.RandomHorizontalFlip(),
        transforms.RandomVerticalFlip(),
        transforms.ToTensor(),
        transforms.Normalize(mean, std),
    ])
    eval_tf = transforms.Compose([transforms.Resize((224, 224)), transforms.ToTensor(), transforms.Normalize(mean, std)])

    full_train = datasets.ImageFolder("train", transform=train_tf)
    full_eval = datasets.ImageFolder("train", transform=eval_tf)
    n_val = len(full_train) // 5
    tr_idx, va_idx = random_split(range(len(full_train)), [len(full_train) - n_val, n_val],
                                  generator=torch.Generator().manual_seed(SEED))
    train_loader = DataLoader(Subset(full_train, list(tr_idx)), batch_size=BATCH, shuffle=True, num_workers=8)
    val_loader = DataLoader(Subset(full_eval, list(va_idx)), batch_size=BATCH * 2, num_workers=8)

    model = models.resnet50(weights=models.ResNet50_Weights.IMAGENET1K_V2)
    model.fc = nn.Linear(model.fc.in_features, len(full_train.classes))
    model.to(DEVICE)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9, weight_decay=1e-4)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, 3, 0.1)
    criterion = nn.CrossEntropyLoss()

    for epoch in range(8):
        model.train()
        seen, correct = 0, 0
        for x, y in train_loader:
            x, y = x.to(DEVICE), y.to(DEVICE)
            optimizer.zero_grad()
            out = model(x)
            criterion(out, y).backward()
            optimizer.step()
            correct += (out.argmax(1) == y).sum().item()
            seen += y.numel()
        scheduler.step()
        print(f"epoch {epoch}: train acc {correct / seen:.4f}")

    model.eval()
    preds, ys = [], []
    with torch.no_grad():
        for x, y in val_loader:
            preds += model(x.to(DEVICE)).argmax(1).cpu().tolist()
            ys += y.tolist()

    most_common = Counter(full_train.targets[i] for i in tr_idx).most_common(1)[0][0]
    print("baseline (most frequent class) acc:", accuracy_score(ys, [most_common] * len(ys)))
    print("resnet50 val acc:", accuracy_score(ys, preds))
    print(classification_report(ys, preds, target_names=full_train.classes, digits=3))
    torch.save({"state_dict": model.state_dict(), "classes": full_train.classes, "mean": mean, "std": std}, "plant_resnet50.pt")


if __name__ == "__main__":
    main()
