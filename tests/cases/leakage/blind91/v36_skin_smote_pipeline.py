"""Skin lesion malignancy: DenseNet-201 embeddings with SMOTE inside an imblearn Pipeline.

SMOTE, scaling and the classifier are refitted on the training folds only; the
held-out fold keeps its natural class balance.
"""
import numpy as np
import pandas as pd
import torch
from torch.utils.data import Dataset, DataLoader
from torchvision import models
from PIL import Image
from imblearn.pipeline import Pipeline
from imblearn.over_sampling import SMOTE
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate

DEVICE = "cuda" if torch.cuda.is_available() else "cpu"


class Lesions(Dataset):
    def __init__(self, paths, tf):
        self.paths, self.tf = list(paths), tf

    def __len__(self):
        return len(self.paths)

    def __getitem__(self, i):
        return self.tf(Image.open(self.paths[i]).convert("RGB"))


@torch.no_grad()
def extract(paths):
    weights = models.DenseNet201_Weights.IMAGENET1K_V1
    net = models.densenet201(weights=weights)
    net.classifier = torch.nn.Identity()
    net.eval().to(DEVICE)
    loader = DataLoader(Lesions(paths, weights.transforms()), batch_size=32, num_workers=6)
    return np.concatenate([net(x.to(DEVICE)).cpu().numpy() for x in loader])


def main():
    df = pd.read_csv("train.csv")
    sub = pd.read_csv("test.csv")
    X = extract(df["image_path"])
    X_sub = extract(sub["image_path"])
    y = df["malignant"].values

    pipe = Pipeline([
        ("smote", SMOTE(k_neighbors=5, random_state=42)),
        ("scale", StandardScaler()),
        ("clf", LogisticRegression(C=0.05, max_iter=5000)),
    ])
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=42)
    scoring = {"auc": "roc_auc", "ap": "average_precision", "f1": "f1", "recall": "recall"}

    for name, est in [("baseline (DummyClassifier prior)", DummyClassifier(strategy="prior")),
                      ("densenet201 + SMOTE + logreg", pipe)]:
        res = cross_validate(est, X, y, cv=cv, scoring=scoring)
        print(name)
        for k in scoring:
            vals = res[f"test_{k}"]
            print(f"   {k:6s} {vals.mean():.4f} ± {vals.std():.4f}")

    pipe.fit(X, y)
    pd.DataFrame({"image_id": sub["image_id"], "prediction": pipe.predict_proba(X_sub)[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
