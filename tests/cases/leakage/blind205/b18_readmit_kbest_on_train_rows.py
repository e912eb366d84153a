"""
Hospital readmission (30 day) -- candidate solution.

The diagnosis code columns blow up to ~900 one-hot columns, so I trim them
with a univariate filter before modelling.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.preprocessing import MaxAbsScaler

TARGET, GROUP, ID = "readmitted_30d", "patient_id", "encounter_id"
CODE_COLS = ["primary_diagnosis", "secondary_diagnosis", "tertiary_diagnosis"]
NUM_COLS = ["length_of_stay", "num_lab_procedures", "num_procedures", "num_medications",
            "num_prior_outpatient", "num_prior_emergency", "num_prior_inpatient"]
SMALL_CATS = ["admission_type", "discharge_disposition", "age", "gender", "race"]

train = pd.read_csv("train.csv", dtype={c: str for c in CODE_COLS})
test = pd.read_csv("test.csv", dtype={c: str for c in CODE_COLS})
print(train.shape, test.shape)
print(train[TARGET].value_counts())
for c in CODE_COLS:
    print(c, train[c].nunique(), "distinct codes")


def build_matrix(frame):
    """Numeric columns + one-hot small categoricals + bag of diagnosis codes (any position)."""
    codes = frame[CODE_COLS].fillna("none").stack()
    bag = pd.get_dummies(codes, prefix="dx", dtype=float).groupby(level=0).max()
    cats = pd.get_dummies(frame[SMALL_CATS].fillna("NA"), dtype=float)
    out = pd.concat([frame[NUM_COLS].fillna(0).astype(float), cats, bag], axis=1)
    return out.fillna(0.0)


X_all = build_matrix(train)
y_all = train[TARGET].values
print("full width:", X_all.shape[1])

# attempt 1 (kept for reference): all columns
gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
tr, te = next(gss.split(X_all, y_all, groups=train[GROUP]))
sc = MaxAbsScaler().fit(X_all.iloc[tr])
clf_all = LogisticRegression(C=1.0, max_iter=4000, solver="liblinear")
clf_all.fit(sc.transform(X_all.iloc[tr]), y_all[tr])
p_all = clf_all.predict_proba(sc.transform(X_all.iloc[te]))[:, 1]

# attempt 2: keep the 250 most informative columns
selector = SelectKBest(chi2, k=250)
selector.fit(X_all.iloc[tr], y_all[tr])
X_sel = X_all.loc[:, selector.get_support()]
print("kept", X_sel.shape[1], "e.g.", list(X_sel.columns[:15]))

X_tr, X_te = X_sel.iloc[tr], X_sel.iloc[te]
y_tr, y_te = y_all[tr], y_all[te]
scaler = MaxAbsScaler().fit(X_tr)
clf = LogisticRegression(C=1.0, max_iter=4000, solver="liblinear")
clf.fit(scaler.transform(X_tr), y_tr)
p = clf.predict_proba(scaler.transform(X_te))[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p0 = dummy.predict_proba(X_te)[:, 1]

table = pd.DataFrame(
    [
        ("dummy prior (baseline)", roc_auc_score(y_te, p0), average_precision_score(y_te, p0)),
        ("logreg, all columns", roc_auc_score(y_te, p_all), average_precision_score(y_te, p_all)),
        ("logreg, top-250 chi2", roc_auc_score(y_te, p), average_precision_score(y_te, p)),
    ],
    columns=["model", "roc_auc", "avg_precision"],
)
print(table.round(4).to_string(index=False))

coef = pd.Series(clf.coef_[0], index=X_sel.columns).sort_values()
print(coef.head(10))
print(coef.tail(10))

# final: refit the selected-column model on all training rows
scaler_full = MaxAbsScaler().fit(X_sel)
clf.fit(scaler_full.transform(X_sel), y_all)
X_test_full = build_matrix(test).reindex(columns=X_all.columns, fill_value=0.0)
X_test_sel = selector.transform(X_test_full)
pred = clf.predict_proba(scaler_full.transform(pd.DataFrame(X_test_sel, columns=X_sel.columns)))[:, 1]
pd.DataFrame({ID: test[ID], "prediction": pred}).to_csv("predictions.csv", index=False)
print("saved", len(pred), "predictions")
