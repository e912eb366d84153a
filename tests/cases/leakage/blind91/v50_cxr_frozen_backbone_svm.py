"""Pneumonia: frozen DenseNet-121 (ImageNet) embeddings + SVM, patient-grouped CV.

StratifiedGroupKFold keeps each patient's radiographs in a single fold while
roughly preserving the ~8% positive rate. Scaling lives in the Pipeline.
"""
import numpy as np
import pandas as pd
import torch
from torch.utils.data import Dataset, DataLoader
from torchvision import models
from PIL import Image
from sklearn.model_selection import StratifiedGroupKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.dummy import DummyClassifier

DEVICE = "cuda" if torch.cuda.is_available() else "cpu"


class Radiographs(Dataset):
    def __init__(self, paths, tf):
        self.paths, self.tf = list(paths), tf

    def __len__(self):
        return len(self.paths)

    def __getitem__(self, i):
        return self.tf(Image.open(self.paths[i]).convert("RGB"))


def embeddings(paths):
    weights = models.DenseNet121_Weights.DEFAULT
    net = models.densenet121(weights=weights)
    net.classifier = torch.nn.Identity()
    net.eval().to(DEVICE)
    loader = DataLoader(Radiographs(paths, weights.transforms()), batch_size=64, num_workers=4)
    with torch.no_grad():
        return np.concatenate([net(x.to(DEVICE)).cpu().numpy() for x in loader])


def main():
    df = pd.read_csv("train.csv")
    test_df = pd.read_csv("test.csv")
    X = embeddings(df["image_path"])
    X_test = embeddings(test_df["image_path"])
    y = df["pneumonia"].values
    groups = df["patient_id"].values

    svm = Pipeline([
        ("scale", StandardScaler()),
        ("svc", SVC(C=1.0, kernel="rbf", class_weight="balanced", probability=True, random_state=0)),
    ])
    cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=0)
    scoring = ["roc_auc", "average_precision", "recall", "precision"]

    table = {}
    for name, est in [("baseline DummyClassifier", DummyClassifier(strategy="prior")), ("densenet121 + SVM", svm)]:
        res = cross_validate(est, X, y, groups=groups, cv=cv, scoring=scoring)
        table[name] = {s: f"{res['test_' + s].mean():.3f} ± {res['test_' + s].std():.3f}" for s in scoring}
    print(pd.DataFrame(table).T.to_string())

    svm.fit(X, y)
    pd.DataFrame({"image_id": test_df["image_id"], "prediction": svm.predict_proba(X_test)[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
