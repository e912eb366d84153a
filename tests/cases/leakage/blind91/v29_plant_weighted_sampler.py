"""Plant disease classifier with class-balanced sampling and early stopping.

Split: stratified 70/15/15 (train/val/test) on index lists; the sampler weights
are computed from the training indices; early stopping on validation loss;
test split scored once with the restored best checkpoint.
"""
import copy
import numpy as np
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, Subset, WeightedRandomSampler
from torchvision import datasets, models, transforms
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score, f1_score, balanced_accuracy_score

DEVICE = "cuda" if torch.cuda.is_available() else "cpu"
IMAGENET = dict(mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225])


def make_splits(targets, seed=0):
    idx = np.arange(len(targets))
    dev_idx, test_idx = train_test_split(idx, test_size=0.15, stratify=targets, random_state=seed)
    tr_idx, va_idx = train_test_split(dev_idx, test_size=0.15 / 0.85, stratify=np.asarray(targets)[dev_idx], random_state=seed)
    return tr_idx, va_idx, test_idx


def evaluate(model, loader, criterion):
    model.eval()
    loss_sum, preds, ys = 0.0, [], []
    with torch.no_grad():
        for x, y in loader:
            out = model(x.to(DEVICE))
            loss_sum += criterion(out, y.to(DEVICE)).item() * y.size(0)
            preds.append(out.argmax(1).cpu())
            ys.append(y)
    ys, preds = torch.cat(ys).numpy(), torch.cat(preds).numpy()
    return loss_sum / len(ys), ys, preds


def main():
    train_tf = transforms.Compose([
        transforms.RandomResizedCrop(224, scale=(0.6, 1.0)),
        transforms.RandomHorizontalFlip(), transforms.RandomVerticalFlip(),
        transforms.ColorJitter(0.3, 0.3, 0.2, 0.02),
        transforms.ToTensor(), transforms.Normalize(**IMAGENET),
    ])
    eval_tf = transforms.Compose([transforms.Resize(256), transforms.CenterCrop(224),
                                  transforms.ToTensor(), transforms.Normalize(**IMAGENET)])
    aug_view = datasets.ImageFolder("train", transform=train_tf)
    eval_view = datasets.ImageFolder("train", transform=eval_tf)
    targets = np.array(aug_view.targets)
    tr_idx, va_idx, te_idx = make_splits(targets)

    counts = np.bincount(targets[tr_idx], minlength=len(aug_view.classes))
    sample_w = 1.0 / counts[targets[tr_idx]]
    sampler = WeightedRandomSampler(torch.as_tensor(sample_w, dtype=torch.double), num_samples=len(tr_idx), replacement=True)

    train_loader = DataLoader(Subset(aug_view, tr_idx), batch_size=64, sampler=sampler, num_workers=8)
    val_loader = DataLoader(Subset(eval_view, va_idx), batch_size=128, num_workers=8)
    test_loader = DataLoader(Subset(eval_view, te_idx), batch_size=128, num_workers=8)

    model = models.regnet_y_800mf(weights=models.RegNet_Y_800MF_Weights.DEFAULT)
    model.fc = nn.Linear(model.fc.in_features, len(aug_view.classes))
    model.to(DEVICE)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.AdamW(model.parameters(), lr=5e-4, weight_decay=0.01)

    best_loss, best_state, patience, stale = float("inf"), None, 3, 0
    for epoch in range(30):
        model.train()
        for x, y in train_loader:
            optimizer.zero_grad()
            criterion(model(x.to(DEVICE)), y.to(DEVICE)).backward()
            optimizer.step()
        val_loss, yv, pv = evaluate(model, val_loader, criterion)
        print(f"epoch {epoch:02d} val loss {val_loss:.4f} val bal-acc {balanced_accuracy_score(yv, pv):.4f}")
        if val_loss < best_loss:
            best_loss, best_state, stale = val_loss, copy.deepcopy(model.state_dict()), 0
        else:
            stale += 1
            if stale >= patience:
                break

    model.load_state_dict(best_state)
    _, yt, pt = evaluate(model, test_loader, criterion)
    majority = np.bincount(targets[tr_idx]).argmax()
    base = np.full_like(yt, majority)
    print("baseline majority class: acc %.4f  macro-F1 %.4f" % (accuracy_score(yt, base), f1_score(yt, base, average="macro")))
    print("regnet_y_800mf:          acc %.4f  macro-F1 %.4f  bal-acc %.4f" % (
        accuracy_score(yt, pt), f1_score(yt, pt, average="macro"), balanced_accuracy_score(yt, pt)))
    torch.save(best_state, "regnet_plant.pt")


if __name__ == "__main__":
    main()
