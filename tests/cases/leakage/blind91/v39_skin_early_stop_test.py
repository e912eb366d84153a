"""Skin lesion malignancy – Vision Transformer fine-tune with early stopping.

80/20 stratified split of train.csv into train and test. Training stops when the
test loss has not improved for 3 epochs; the best checkpoint is restored and
evaluated.
"""
import copy
import numpy as np
import pandas as pd
import torch
import torch.nn as nn
import timm
from torch.utils.data import Dataset, DataLoader
from PIL import Image
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

DEVICE = "cuda" if torch.cuda.is_available() else "cpu"
PATIENCE = 3
MAX_EPOCHS = 40


class SkinDataset(Dataset):
    def __init__(self, frame, tf, labels=True):
        self.paths = frame["image_path"].tolist()
        self.labels = frame["malignant"].astype("float32").tolist() if labels else [0.0] * len(frame)
        self.tf = tf

    def __len__(self):
        return len(self.paths)

    def __getitem__(self, i):
        return self.tf(Image.open(self.paths[i]).convert("RGB")), torch.tensor(self.labels[i])


def evaluate(model, loader, criterion):
    model.eval()
    total, probs, ys = 0.0, [], []
    with torch.no_grad():
        for x, y in loader:
            logits = model(x.to(DEVICE)).squeeze(1)
            total += criterion(logits, y.to(DEVICE)).item() * len(y)
            probs.append(logits.sigmoid().cpu())
            ys.append(y)
    return total / len(loader.dataset), torch.cat(ys).numpy(), torch.cat(probs).numpy()


def main():
    df = pd.read_csv("train.csv")
    sub = pd.read_csv("test.csv")
    train_df, test_df = train_test_split(df, test_size=0.2, stratify=df["malignant"], random_state=17)

    model = timm.create_model("vit_base_patch16_224.augreg_in21k_ft_in1k", pretrained=True, num_classes=1).to(DEVICE)
    cfg = timm.data.resolve_model_data_config(model)
    train_tf = timm.data.create_transform(**cfg, is_training=True, vflip=0.5, color_jitter=0.2)
    eval_tf = timm.data.create_transform(**cfg)

    train_loader = DataLoader(SkinDataset(train_df, train_tf), batch_size=32, shuffle=True, num_workers=6)
    test_loader = DataLoader(SkinDataset(test_df, eval_tf), batch_size=64, num_workers=6)

    criterion = nn.BCEWithLogitsLoss()
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-5, weight_decay=0.05)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=MAX_EPOCHS)

    best_loss, best_state, wait = np.inf, None, 0
    for epoch in range(MAX_EPOCHS):
        model.train()
        for x, y in train_loader:
            optimizer.zero_grad()
            criterion(model(x.to(DEVICE)).squeeze(1), y.to(DEVICE)).backward()
            optimizer.step()
        scheduler.step()
        test_loss, _, _ = evaluate(model, test_loader, criterion)
        print(f"epoch {epoch:02d}  test loss {test_loss:.4f}")
        if test_loss < best_loss:
            best_loss, best_state, wait = test_loss, copy.deepcopy(model.state_dict()), 0
        else:
            wait += 1
            if wait >= PATIENCE:
                print("early stopping")
                break

    model.load_state_dict(best_state)
    _, y_test, p_test = evaluate(model, test_loader, criterion)
    print(f"ROC AUC {roc_auc_score(y_test, p_test):.4f}")
    print(f"PR AUC  {average_precision_score(y_test, p_test):.4f}")
    print(f"F1@0.5  {f1_score(y_test, p_test > 0.5):.4f}")

    _, _, p_sub = evaluate(model, DataLoader(SkinDataset(sub, eval_tf, labels=False), batch_size=64), criterion)
    pd.DataFrame({"image_id": sub["image_id"], "prediction": p_sub}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
