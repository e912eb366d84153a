# Mental workload classification (n-back 0 vs 2) from 32-channel EEG.
# One row per 4 s epoch, band power already extracted in MNE (see extract_bp.py).
import numpy as np
import pandas as pd
from sklearn.model_selection import KFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.dummy import DummyClassifier
from sklearn.metrics import balanced_accuracy_score, roc_auc_score

rng = np.random.default_rng(11)

epochs = pd.read_parquet("derivatives/bandpower_epochs.parquet")
bands = ["delta", "theta", "alpha", "beta", "gamma"]
bp_cols = [c for c in epochs.columns if c.split("_")[-1] in bands]

# quick QC: epochs per participant and per condition
per_subj = epochs.groupby("participant")["workload"].agg(["size", "mean"])
print(per_subj.describe())
bad = per_subj.index[per_subj["size"] < 40]
epochs = epochs[~epochs["participant"].isin(bad)].reset_index(drop=True)
print("dropped participants:", list(bad))

# relative power and frontal theta / parietal alpha ratio
rel = epochs[bp_cols].div(epochs[bp_cols].sum(axis=1), axis=0)
rel.columns = [c + "_rel" for c in bp_cols]
epochs = pd.concat([epochs, rel], axis=1)
epochs["theta_alpha_ratio"] = epochs["Fz_theta"] / epochs["Pz_alpha"]
feat_cols = bp_cols + list(rel.columns) + ["theta_alpha_ratio"]

X = np.log(epochs[feat_cols].to_numpy())
y = epochs["workload"].to_numpy()


def jitter_minority(X, y, factor=1, noise=0.05):
    """Balance classes by adding noisy copies of the smaller class."""
    counts = np.bincount(y)
    minority = counts.argmin()
    idx = np.flatnonzero(y == minority)
    n_new = min(counts.max() - counts.min(), factor * len(idx))
    pick = rng.choice(idx, size=n_new, replace=True)
    X_new = X[pick] + rng.normal(0, noise, size=(n_new, X.shape[1]))
    return np.vstack([X, X_new]), np.concatenate([y, y[pick]])


X_bal, y_bal = jitter_minority(X, y)
print("class counts after balancing:", np.bincount(y_bal))

pipe = Pipeline([("scale", StandardScaler()), ("svm", SVC(C=1.0, gamma="scale", probability=True))])
dummy = DummyClassifier(strategy="most_frequent")

cv = KFold(n_splits=5, shuffle=True, random_state=0)
rows = []
for fold, (tr, te) in enumerate(cv.split(X_bal)):
    pipe.fit(X_bal[tr], y_bal[tr])
    dummy.fit(X_bal[tr], y_bal[tr])
    p = pipe.predict_proba(X_bal[te])[:, 1]
    rows.append({
        "fold": fold,
        "bacc": balanced_accuracy_score(y_bal[te], (p > 0.5).astype(int)),
        "auc": roc_auc_score(y_bal[te], p),
        "bacc_dummy": balanced_accuracy_score(y_bal[te], dummy.predict(X_bal[te])),
    })

res = pd.DataFrame(rows)
print(res.round(3))
print(res.mean().round(3))
