"""Solubility with a scaffold-level mean-logS feature, encoded inside each CV fold.

The scaffold encoding uses the target, so it is recomputed from the training fold only and
mapped onto the validation fold (unseen scaffolds fall back to the training mean).
"""
import numpy as np
import pandas as pd
from rdkit import Chem
from rdkit.Chem import Descriptors
from rdkit.Chem.Scaffolds import MurckoScaffold
from sklearn.model_selection import GroupKFold
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error, r2_score

PHYS = ["MolLogP", "MolWt", "TPSA", "NumHDonors", "NumHAcceptors", "NumRotatableBonds",
        "NumAromaticRings", "FractionCSP3"]
FN = dict(Descriptors.descList)
SMOOTH = 5.0


def add_chem(frame):
    frame = frame.copy()
    mols = frame["smiles"].map(Chem.MolFromSmiles)
    frame["scaffold"] = mols.map(lambda m: MurckoScaffold.MurckoScaffoldSmiles(mol=m) if m is not None else "")
    for d in PHYS:
        frame[d] = mols.map(lambda m, d=d: FN[d](m) if m is not None else np.nan)
    return frame


def scaffold_encoding(fit_frame):
    prior = fit_frame["logS"].mean()
    s = fit_frame.groupby("scaffold")["logS"].agg(["mean", "count"])
    enc = (s["mean"] * s["count"] + prior * SMOOTH) / (s["count"] + SMOOTH)
    return enc, prior


def design(frame, enc, prior):
    X = frame[PHYS + ["ph"]].copy()
    X["scaffold_logS"] = frame["scaffold"].map(enc).fillna(prior)
    return X.fillna(0.0).to_numpy()


df = add_chem(pd.read_csv("train.csv"))
y = df["logS"].to_numpy()

scores = []
for fold, (tr, va) in enumerate(GroupKFold(n_splits=5).split(df, y, groups=df["compound_id"])):
    fit_part, val_part = df.iloc[tr], df.iloc[va]
    enc, prior = scaffold_encoding(fit_part)
    X_tr, X_va = design(fit_part, enc, prior), design(val_part, enc, prior)
    rf = RandomForestRegressor(n_estimators=400, min_samples_leaf=3, n_jobs=-1, random_state=fold)
    rf.fit(X_tr, y[tr])
    base = DummyRegressor(strategy="mean").fit(X_tr, y[tr])
    p, b = rf.predict(X_va), base.predict(X_va)
    scores.append((mean_squared_error(y[va], p) ** 0.5, mean_squared_error(y[va], b) ** 0.5, r2_score(y[va], p)))
    print(f"fold {fold}: RF RMSE {scores[-1][0]:.3f}  dummy RMSE {scores[-1][1]:.3f}")

rmse_rf, rmse_dummy, r2 = np.mean(scores, axis=0)
print(f"mean RF RMSE {rmse_rf:.3f} | dummy {rmse_dummy:.3f} | R2 {r2:.3f}")

enc, prior = scaffold_encoding(df)
test = add_chem(pd.read_csv("test.csv"))
final = RandomForestRegressor(n_estimators=400, min_samples_leaf=3, n_jobs=-1, random_state=0)
final.fit(design(df, enc, prior), y)
pd.DataFrame({"measurement_id": test["measurement_id"],
              "prediction": final.predict(design(test, enc, prior))}).to_csv("predictions.csv", index=False)
