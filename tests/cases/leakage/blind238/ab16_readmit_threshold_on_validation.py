"""Readmission flag for the transitional-care team.

The team can call a limited number of patients after discharge, so the deliverable is a
yes/no flag, not just a score. I'm an operations-research person: model first, then pick
the operating point that balances precision and recall (F1) on a validation block, and
only then look at the test block.
"""
import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (roc_auc_score, f1_score, precision_score, recall_score,
                             precision_recall_curve)

SEED = 2024
LABEL = "readmitted_30d"

raw = pd.read_csv("train.csv", parse_dates=["admit_date", "discharge_date"])
raw = raw.sort_values("discharge_date")

NUM = ["age", "length_of_stay", "n_diagnoses", "n_procedures", "n_medications",
       "n_lab_tests", "prior_ed_visits_12m"]
CAT = ["sex", "insurance", "admission_type", "admission_source", "discharge_to",
       "primary_dx_group"]
BIN = ["on_insulin", "hba1c_tested"]


def time_patient_split(df, frac_train=0.75):
    """First 75% of discharges for training; the rest, minus returning patients, for testing."""
    cut_idx = int(len(df) * frac_train)
    cut_date = df["discharge_date"].iloc[cut_idx]
    tr = df[df["discharge_date"] < cut_date]
    te = df[df["discharge_date"] >= cut_date]
    te = te[~te["patient_id"].isin(set(tr["patient_id"]))]
    return tr, te


train, test = time_patient_split(raw)
print(f"train {len(train)} stays up to {train.discharge_date.max().date()}, "
      f"test {len(test)} stays from {test.discharge_date.min().date()}")
# carve the validation block out of the training period the same way
fit_part, val_part = time_patient_split(train, frac_train=0.8)
print(f"  of which fit {len(fit_part)}, validation {len(val_part)}")

pre = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")),
                      ("sc", StandardScaler())]), NUM),
    ("cat", Pipeline([("imp", SimpleImputer(strategy="constant", fill_value="unk")),
                      ("oh", OneHotEncoder(handle_unknown="ignore", min_frequency=20))]), CAT),
    ("bin", "passthrough", BIN),
])
clf = Pipeline([("pre", pre),
                ("lr", LogisticRegression(C=0.5, class_weight="balanced", max_iter=3000,
                                          random_state=SEED))])
clf.fit(fit_part[NUM + CAT + BIN], fit_part[LABEL])
val_scores = clf.predict_proba(val_part[NUM + CAT + BIN])[:, 1]
y_val = val_part[LABEL].values
print("validation ROC AUC:", round(roc_auc_score(y_val, val_scores), 4))

# ---- operating point, chosen on the validation block
thresholds = np.round(np.arange(0.05, 0.95, 0.01), 2)
sweep = []
for t in thresholds:
    flag = val_scores >= t
    sweep.append((t,
                  f1_score(y_val, flag, zero_division=0),
                  precision_score(y_val, flag, zero_division=0),
                  recall_score(y_val, flag, zero_division=0),
                  flag.mean()))
sweep = pd.DataFrame(sweep, columns=["threshold", "f1", "precision", "recall", "flag_rate"])
best_t = sweep.loc[sweep["f1"].idxmax(), "threshold"]
print(sweep.iloc[::10].round(3).to_string(index=False))
print(f"\nchosen threshold on validation: {best_t:.2f}")

# ---- test block, scored once with the frozen model and threshold
scores = clf.predict_proba(test[NUM + CAT + BIN])[:, 1]
y = test[LABEL].values
flag = scores >= best_t
best = pd.Series({"threshold": best_t,
                  "f1": f1_score(y, flag, zero_division=0),
                  "precision": precision_score(y, flag, zero_division=0),
                  "recall": recall_score(y, flag, zero_division=0),
                  "flag_rate": flag.mean()})
print("test ROC AUC:", round(roc_auc_score(y, scores), 4))
print(f"test at {best.threshold:.2f}: F1={best.f1:.3f} "
      f"precision={best.precision:.3f} recall={best.recall:.3f} "
      f"(flags {best.flag_rate:.1%} of discharges)")

# ---- reference: flag everyone / flag at random at the same rate
rng = np.random.default_rng(SEED)
everyone = np.ones_like(y)
random_flag = rng.random(len(y)) < best.flag_rate
print("\nbaselines")
print("  flag everyone:  F1=%.3f precision=%.3f recall=%.3f" % (
    f1_score(y, everyone), precision_score(y, everyone), recall_score(y, everyone)))
print("  random flags:   F1=%.3f precision=%.3f recall=%.3f" % (
    f1_score(y, random_flag), precision_score(y, random_flag), recall_score(y, random_flag)))

# calls per week the team would have to make at that threshold
weeks = (test["discharge_date"].max() - test["discharge_date"].min()).days / 7
print(f"\n~{(scores >= best.threshold).sum() / max(weeks, 1):.0f} calls per week")

prec, rec, thr = precision_recall_curve(y, scores)
try:
    import matplotlib.pyplot as plt
    plt.plot(rec, prec, label="logistic")
    plt.scatter([best.recall], [best.precision], c="red", zorder=3, label="chosen")
    plt.axhline(y.mean(), ls=":", c="grey", label="prevalence")
    plt.xlabel("recall"); plt.ylabel("precision"); plt.legend()
    plt.savefig("pr_curve.png", dpi=110)
except ImportError:
    pass
