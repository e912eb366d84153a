"""Kinase HTS activity model with assay metadata features.

Uses RDKit physchem descriptors + Morgan bits + the extra assay columns supplied in train.csv.
"""
import numpy as np
import pandas as pd
from rdkit import Chem
from rdkit.Chem import Descriptors, rdFingerprintGenerator
from sklearn.model_selection import GroupKFold
from sklearn.metrics import roc_auc_score, average_precision_score
from xgboost import XGBClassifier

DESC_NAMES = ["MolWt", "MolLogP", "TPSA", "NumHDonors", "NumHAcceptors", "NumRotatableBonds",
              "RingCount", "FractionCSP3", "NumAromaticRings"]
DESC_FUNCS = dict(Descriptors.descList)


def featurize(df):
    gen = rdFingerprintGenerator.GetMorganGenerator(radius=2, fpSize=1024)
    rows = []
    for smi in df["smiles"]:
        m = Chem.MolFromSmiles(smi)
        if m is None:
            rows.append(np.full(len(DESC_NAMES) + 1024, np.nan))
            continue
        d = [DESC_FUNCS[n](m) for n in DESC_NAMES]
        rows.append(np.concatenate([d, gen.GetFingerprintAsNumPy(m)]))
    feats = pd.DataFrame(rows, columns=DESC_NAMES + [f"fp_{i}" for i in range(1024)], index=df.index)
    # assay metadata
    feats["confirm_pic50"] = df["confirm_pic50"].fillna(0.0)
    feats["counter_screen_hit"] = df["counter_screen_hit"].fillna(0).astype(int)
    feats["plate_row"] = df["plate_id"].str.extract(r"(\d+)$", expand=False).astype(float)
    return feats


train = pd.read_csv("train.csv")
X = featurize(train)
y = train["active"].to_numpy()
groups = train["scaffold_id"].to_numpy()

pos_weight = (y == 0).sum() / max(1, (y == 1).sum())
oof = np.zeros(len(y))
for fold, (tr, va) in enumerate(GroupKFold(n_splits=5).split(X, y, groups)):
    model = XGBClassifier(n_estimators=400, max_depth=6, learning_rate=0.05, subsample=0.8,
                          colsample_bytree=0.5, scale_pos_weight=pos_weight, eval_metric="aucpr",
                          tree_method="hist", random_state=fold)
    model.fit(X.iloc[tr], y[tr])
    oof[va] = model.predict_proba(X.iloc[va])[:, 1]
    print(f"fold {fold}: AUC {roc_auc_score(y[va], oof[va]):.3f}")

print(f"OOF ROC AUC {roc_auc_score(y, oof):.3f}  PR AUC {average_precision_score(y, oof):.3f}")

final = XGBClassifier(n_estimators=400, max_depth=6, learning_rate=0.05, subsample=0.8,
                      colsample_bytree=0.5, scale_pos_weight=pos_weight, eval_metric="aucpr",
                      tree_method="hist", random_state=0).fit(X, y)
test = pd.read_csv("test.csv")
pd.DataFrame({"compound_id": test["compound_id"],
              "prediction": final.predict_proba(featurize(test))[:, 1]}).to_csv("predictions.csv", index=False)
