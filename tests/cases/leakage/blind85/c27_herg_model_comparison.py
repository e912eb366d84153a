"""hERG blocker: compare several classifiers on Morgan fingerprints and keep the best.

Train/test split 80/20 stratified; each model is scored on the test split and the winner
is refitted on all data for the submission.
"""
import numpy as np
import pandas as pd
from rdkit import Chem
from rdkit.Chem import rdFingerprintGenerator
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier
from sklearn.svm import SVC
from sklearn.neighbors import KNeighborsClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score
from xgboost import XGBClassifier

gen = rdFingerprintGenerator.GetMorganGenerator(radius=2, fpSize=2048)


def fp_matrix(smiles):
    rows = []
    for s in smiles:
        m = Chem.MolFromSmiles(s)
        rows.append(gen.GetFingerprintAsNumPy(m) if m is not None else np.zeros(2048, dtype=np.uint8))
    return np.vstack(rows).astype(np.float32)


df = pd.read_csv("train.csv")
X = fp_matrix(df["smiles"])
y = df["herg_blocker"].to_numpy()
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=2024)

candidates = {
    "dummy_prior": DummyClassifier(strategy="prior"),
    "logreg": LogisticRegression(C=0.5, max_iter=3000),
    "rf": RandomForestClassifier(n_estimators=500, n_jobs=-1, random_state=0),
    "extratrees": ExtraTreesClassifier(n_estimators=500, n_jobs=-1, random_state=0),
    "svc_rbf": SVC(C=2.0, probability=True, random_state=0),
    "knn_jaccard": KNeighborsClassifier(n_neighbors=7, metric="jaccard", weights="distance"),
    "xgb": XGBClassifier(n_estimators=500, max_depth=6, learning_rate=0.05, subsample=0.8,
                         colsample_bytree=0.3, eval_metric="logloss", random_state=0),
}

results = {}
for name, clf in candidates.items():
    clf.fit(X_tr, y_tr)
    p = clf.predict_proba(X_te)[:, 1]
    results[name] = {"roc_auc": roc_auc_score(y_te, p), "pr_auc": average_precision_score(y_te, p)}
    print(f"{name:12s} ROC AUC {results[name]['roc_auc']:.3f}  PR AUC {results[name]['pr_auc']:.3f}")

table = pd.DataFrame(results).T.sort_values("roc_auc", ascending=False)
best = table.index[0]
print(f"\nbest model: {best}  test ROC AUC = {table.loc[best, 'roc_auc']:.3f}")

final = candidates[best].fit(X, y)
test = pd.read_csv("test.csv")
pd.DataFrame({"mol_id": test["mol_id"],
              "prediction": final.predict_proba(fp_matrix(test["smiles"]))[:, 1]}).to_csv("predictions.csv", index=False)
