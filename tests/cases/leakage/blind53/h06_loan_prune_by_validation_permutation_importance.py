"""Loan default take-home.

Plan: random forest on the application features, slim it down with
permutation importance measured on a validation split, then score a
holdout once. Importance on the holdout is reported at the end for the memo.
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
X_dev, X_te, y_dev, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)
X_tr, X_val, y_tr, y_val = train_test_split(X_dev, y_dev, test_size=0.25, stratify=y_dev, random_state=SEED)

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=20, n_jobs=-1, random_state=SEED)
rf.fit(X_tr, y_tr)
print("validation AUC, all features:", round(roc_auc_score(y_val, rf.predict_proba(X_val)[:, 1]), 4))

# --- pruning decided on validation ------------------------------------------
perm_val = permutation_importance(rf, X_val, y_val, scoring="roc_auc", n_repeats=10, random_state=SEED, n_jobs=-1)
imp_val = pd.Series(perm_val.importances_mean, index=X.columns).sort_values(ascending=False)
keep = imp_val[imp_val > 0.0005].index.tolist()
print(f"keeping {len(keep)} of {X.shape[1]} features")

rf_small = RandomForestClassifier(n_estimators=500, min_samples_leaf=20, n_jobs=-1, random_state=SEED)
rf_small.fit(X_tr[keep], y_tr)
print("validation AUC, pruned:", round(roc_auc_score(y_val, rf_small.predict_proba(X_val[keep])[:, 1]), 4))

# --- holdout, scored once ----------------------------------------------------
base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_small = rf_small.predict_proba(X_te[keep])[:, 1]
summary("prior baseline", y_te, base.predict_proba(X_te)[:, 1])
summary("rf pruned (final)", y_te, p_small)

# importance on the holdout, for the write-up only (nothing is refit after this)
perm_te = permutation_importance(rf_small, X_te[keep], y_te, scoring="roc_auc", n_repeats=10, random_state=SEED, n_jobs=-1)
imp_te = pd.DataFrame({"feature": keep, "mean": perm_te.importances_mean, "std": perm_te.importances_std})
imp_te = imp_te.sort_values("mean", ascending=False)
fig, ax = plt.subplots(figsize=(6, 8))
ax.barh(imp_te["feature"][::-1], imp_te["mean"][::-1], xerr=imp_te["std"][::-1])
ax.set_xlabel("drop in ROC-AUC when permuted (holdout)")
fig.tight_layout()
fig.savefig("perm_importance.png")

# --- error analysis ----------------------------------------------------------
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
