"""Metabolic stability classifier: descriptor model with model-based feature selection.

- RDKit 2D descriptors + assay read-outs available in the file
- SelectFromModel (random forest importances) to prune descriptors
- prospective validation: train before 2023-07-01, validate on later runs of new series
"""
import numpy as np
import pandas as pd
from rdkit import Chem
from rdkit.Chem import Descriptors
from sklearn.feature_selection import SelectFromModel
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

CUT = pd.Timestamp("2023-07-01")


def build_features(frame):
    rows = [Descriptors.CalcMolDescriptors(Chem.MolFromSmiles(s)) for s in frame["smiles"]]
    D = pd.DataFrame(rows, index=frame.index).replace([np.inf, -np.inf], np.nan).fillna(0.0).clip(-1e5, 1e5)
    D["log_clint"] = np.log10(frame["clint_measured"].clip(lower=0.1))
    return D


df = pd.read_csv("train.csv", parse_dates=["run_date"]).sort_values("run_date").reset_index(drop=True)
F = build_features(df)
y = df["unstable"].to_numpy()

selector = SelectFromModel(ExtraTreesClassifier(n_estimators=300, random_state=0, n_jobs=-1), threshold="median")
selector.fit(F, y)
kept = F.columns[selector.get_support()]
print(f"kept {len(kept)} of {F.shape[1]} features")

early = (df["run_date"] < CUT).to_numpy()
late_new = ((df["run_date"] >= CUT) & ~df["series_id"].isin(set(df.loc[early, "series_id"]))).to_numpy()

rf = RandomForestClassifier(n_estimators=500, class_weight="balanced_subsample", min_samples_leaf=2,
                            n_jobs=-1, random_state=0)
rf.fit(F.loc[early, kept], y[early])
p = rf.predict_proba(F.loc[late_new, kept])[:, 1]
p0 = DummyClassifier(strategy="prior").fit(F.loc[early, kept], y[early]).predict_proba(F.loc[late_new, kept])[:, 1]
print(f"baseline ROC AUC {roc_auc_score(y[late_new], p0):.3f}  PR AUC {average_precision_score(y[late_new], p0):.3f}")
print(f"RF       ROC AUC {roc_auc_score(y[late_new], p):.3f}  PR AUC {average_precision_score(y[late_new], p):.3f}")

top = pd.Series(rf.feature_importances_, index=kept).sort_values(ascending=False).head(10)
print(top.round(4))

rf.fit(F[kept], y)
test = pd.read_csv("test.csv")
pd.DataFrame({"run_id": test["run_id"], "prediction": rf.predict_proba(build_features(test)[kept])[:, 1]}).to_csv(
    "predictions.csv", index=False)
