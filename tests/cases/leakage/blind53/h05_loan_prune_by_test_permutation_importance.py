"""Loan default take-home.

Plan: random forest on the application features, evaluate on a stratified
holdout, then slim the model down using permutation importance so the credit
team has fewer inputs to maintain.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.inspection import permutation_importance
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss, confusion_matrix

SEED = 3
TARGET = "defaulted"
NOT_FEATURES = ["loan_id", TARGET, "recovery_amount", "collections_status"]


def load():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    return train, test


def encode(frame):
    X = frame.drop(columns=[c for c in NOT_FEATURES if c in frame.columns])
    X["income_to_loan"] = X["annual_income"] / X["loan_amount"].clip(lower=1)
    X["installment_share"] = X["loan_amount"] / X["term_months"] / (X["annual_income"] / 12 + 1)
    X = pd.get_dummies(X, columns=["home_ownership", "purpose", "region", "grade"], dtype=float)
    return X.fillna(-1)


def boot_ci(y, p, fn, n=1000, seed=SEED):
    r = np.random.default_rng(seed)
    y, p = np.asarray(y), np.asarray(p)
    out = []
    for _ in range(n):
        i = r.integers(0, len(y), len(y))
        if 0 < y[i].sum() < len(i):
            out.append(fn(y[i], p[i]))
    return np.round(np.percentile(out, [2.5, 97.5]), 4)


def summary(name, y, p):
    print(f"{name:22s} AUC={roc_auc_score(y, p):.4f} {boot_ci(y, p, roc_auc_score)} "
          f"AP={average_precision_score(y, p):.4f} Brier={brier_score_loss(y, p):.4f}")


loans, loans_test = load()
print(loans.shape, "default rate", round(loans[TARGET].mean(), 3))
print(loans.groupby("grade")[TARGET].mean().round(3))

X = encode(loans)
y = loans[TARGET]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=SEED)

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=20, n_jobs=-1, random_state=SEED)
rf.fit(X_tr, y_tr)
base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
summary("prior baseline", y_te, base.predict_proba(X_te)[:, 1])
summary("rf all features", y_te, rf.predict_proba(X_te)[:, 1])

# --- permutation importance on the holdout --------------------------------
perm = permutation_importance(rf, X_te, y_te, scoring="roc_auc", n_repeats=10, random_state=SEED, n_jobs=-1)
imp = pd.DataFrame({"feature": X.columns, "mean": perm.importances_mean, "std": perm.importances_std})
imp = imp.sort_values("mean", ascending=False)
print(imp.head(20).to_string(index=False))

fig, ax = plt.subplots(figsize=(6, 8))
top = imp.head(25)[::-1]
ax.barh(top["feature"], top["mean"], xerr=top["std"])
ax.set_xlabel("drop in ROC-AUC when permuted")
fig.tight_layout()
fig.savefig("perm_importance.png")

# features whose permutation does not hurt AUC are noise -> drop and refit
keep = imp.loc[imp["mean"] > 0.0005, "feature"].tolist()
print(f"keeping {len(keep)} of {X.shape[1]} features")
rf_small = RandomForestClassifier(n_estimators=500, min_samples_leaf=20, n_jobs=-1, random_state=SEED)
rf_small.fit(X_tr[keep], y_tr)
p_small = rf_small.predict_proba(X_te[keep])[:, 1]
summary("rf pruned (final)", y_te, p_small)

# --- error analysis of the final model ------------------------------------
ev = loans.loc[X_te.index, ["grade", "region", "purpose", "home_ownership"]].copy()
ev["y"] = y_te.values
ev["p"] = p_small
for col in ["grade", "region", "home_ownership"]:
    rows = []
    for lvl, g in ev.groupby(col):
        auc = roc_auc_score(g["y"], g["p"]) if g["y"].nunique() == 2 else np.nan
        rows.append((lvl, len(g), g["y"].mean(), g["p"].mean(), auc))
    print(pd.DataFrame(rows, columns=[col, "n", "default_rate", "mean_p", "auc"]).round(3).to_string(index=False))

for thr in (0.1, 0.2, 0.3):
    tn, fp, fn, tp = confusion_matrix(ev["y"], (ev["p"] >= thr).astype(int)).ravel()
    print(f"thr={thr}: approve-rate={(tn + fn) / len(ev):.2%} bad-rate-among-approved={fn / max(tn + fn, 1):.2%} caught={tp}/{tp + fn}")

rf_small.fit(X[keep], y)
X_sub = encode(loans_test).reindex(columns=X.columns, fill_value=0.0)
pd.DataFrame({"loan_id": loans_test["loan_id"],
              "prediction": rf_small.predict_proba(X_sub[keep])[:, 1]}).to_csv("predictions.csv", index=False)
