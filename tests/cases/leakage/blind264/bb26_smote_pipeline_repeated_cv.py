# Fraud detection -- SMOTE + random forest, repeated stratified CV,
# corrected resampled t-test (Nadeau & Bengio 2003) against a dummy.
import numpy as np
import pandas as pd
from scipy import stats
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline
from sklearn.model_selection import RepeatedStratifiedKFold, cross_val_score
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier

df = pd.read_csv("train.csv")
print(df.shape, "fraud rate:", df.is_fraud.mean().round(4))

# numeric design; one-hot the low-cardinality categoricals
X = pd.get_dummies(df[["amount", "hour", "card_age_days", "txn_count_24h", "is_foreign",
                       "merchant_category", "device_type"]],
                   columns=["merchant_category", "device_type"], dtype=float)
X["log_amount"] = np.log1p(X.pop("amount"))
y = df.is_fraud.to_numpy()

# rebalance: SMOTE up to 1 fraud : 4 legit, inside the pipeline so that it only
# ever sees the training folds; the scored fold keeps the real 3% prevalence
K, R = 5, 4
cv = RepeatedStratifiedKFold(n_splits=K, n_repeats=R, random_state=0)
rf = Pipeline([("smote", SMOTE(sampling_strategy=0.25, k_neighbors=5, random_state=0)),
               ("rf", RandomForestClassifier(n_estimators=300, min_samples_leaf=5, n_jobs=-1, random_state=0))])
dummy = DummyClassifier(strategy="stratified", random_state=0)

ap_rf = cross_val_score(rf, X, y, cv=cv, scoring="average_precision", n_jobs=-1)
ap_dm = cross_val_score(dummy, X, y, cv=cv, scoring="average_precision")
auc_rf = cross_val_score(rf, X, y, cv=cv, scoring="roc_auc", n_jobs=-1)

def corrected_t(a, b, n_train, n_test):
    """Nadeau-Bengio corrected resampled t-test for repeated k-fold."""
    d = a - b
    J = len(d)
    var = np.var(d, ddof=1)
    t = d.mean() / np.sqrt((1 / J + n_test / n_train) * var)
    return t, 2 * stats.t.sf(abs(t), J - 1)

n_test = len(y) // K
t, p = corrected_t(ap_rf, ap_dm, len(y) - n_test, n_test)
print("dummy AP  %.3f +/- %.3f" % (ap_dm.mean(), ap_dm.std(ddof=1)))
print("RF    AP  %.3f +/- %.3f" % (ap_rf.mean(), ap_rf.std(ddof=1)))
print("RF    AUC %.3f +/- %.3f" % (auc_rf.mean(), auc_rf.std(ddof=1)))
print("corrected resampled t = %.2f, p = %.2g" % (t, p))
