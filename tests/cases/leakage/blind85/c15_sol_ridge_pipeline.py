"""Solubility regression: scaled ridge on RDKit descriptors, grouped CV.

Scaler lives inside the pipeline so each fold is standardised with its own training rows.
"""
import numpy as np
import pandas as pd
from rdkit import Chem
from rdkit.Chem import Descriptors
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import RidgeCV
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import GroupKFold, cross_val_predict
from sklearn.metrics import mean_squared_error, r2_score

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

names = [n for n, _ in Descriptors.descList if not n.startswith(("fr_", "BCUT", "Ipc"))]
calc = dict(Descriptors.descList)


def descriptors(smiles_series):
    cache = {}
    rows = []
    for s in smiles_series:
        if s not in cache:
            m = Chem.MolFromSmiles(s)
            cache[s] = [calc[n](m) for n in names] if m is not None else [0.0] * len(names)
        rows.append(cache[s])
    return pd.DataFrame(rows, columns=names)


def build(df):
    D = descriptors(df["smiles"])
    D["ph"] = df["ph"].to_numpy()
    return D.replace([np.inf, -np.inf], 0.0)


X = build(train)
y = train["logS"].to_numpy()
groups = train["compound_id"].to_numpy()

model = Pipeline([
    ("scale", StandardScaler()),
    ("ridge", RidgeCV(alphas=np.logspace(-2, 3, 20))),
])
cv = GroupKFold(n_splits=5)
pred = cross_val_predict(model, X, y, groups=groups, cv=cv)
pred_dummy = cross_val_predict(DummyRegressor(), X, y, groups=groups, cv=cv)

for label, p in [("DummyRegressor", pred_dummy), ("scaled RidgeCV", pred)]:
    print(f"{label:15s} RMSE={mean_squared_error(y, p) ** 0.5:.3f}  R2={r2_score(y, p):.3f}")

# per-compound error: average the replicate predictions
per_cmp = pd.DataFrame({"cmp": groups, "y": y, "p": pred}).groupby("cmp").mean()
print("compound-level RMSE:", round(mean_squared_error(per_cmp["y"], per_cmp["p"]) ** 0.5, 3))

model.fit(X, y)
pd.DataFrame({"measurement_id": test["measurement_id"],
              "prediction": model.predict(build(test))}).to_csv("predictions.csv", index=False)
