"""HTS activity classifier: logistic regression on Morgan fingerprints.

Cross-validation is grouped by scaffold so analogues never straddle folds.
"""
import numpy as np
import pandas as pd
from rdkit import Chem
from rdkit.Chem import rdFingerprintGenerator
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_val_score

RADIUS = 2
N_BITS = 2048


def load(path):
    df = pd.read_csv(path)
    df["mol"] = [Chem.MolFromSmiles(s) for s in df["smiles"]]
    return df


def fingerprints(mols):
    gen = rdFingerprintGenerator.GetMorganGenerator(radius=RADIUS, fpSize=N_BITS)
    out = np.zeros((len(mols), N_BITS), dtype=np.uint8)
    for i, m in enumerate(mols):
        if m is not None:
            out[i] = gen.GetFingerprintAsNumPy(m)
    return out


def main():
    train = load("train.csv")
    train = train[train["mol"].notna()].reset_index(drop=True)
    X = fingerprints(train["mol"])
    y = train["active"].to_numpy()
    groups = train["scaffold_id"].to_numpy()
    print(f"{len(y)} compounds, {y.sum()} actives, {len(np.unique(groups))} scaffolds")

    cv = GroupKFold(n_splits=5)
    models = {
        "majority class": DummyClassifier(strategy="most_frequent"),
        "logreg C=0.1": LogisticRegression(C=0.1, max_iter=2000),
        "logreg C=1": LogisticRegression(C=1.0, max_iter=2000),
    }
    for name, model in models.items():
        scores = cross_val_score(model, X, y, groups=groups, cv=cv, scoring="accuracy")
        print(f"{name:15s} accuracy {scores.mean():.4f} +/- {scores.std():.4f}")

    final = LogisticRegression(C=0.1, max_iter=2000).fit(X, y)
    test = load("test.csv")
    X_test = fingerprints(test["mol"])
    pd.DataFrame({"compound_id": test["compound_id"],
                  "prediction": final.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
