"""
Fraud detection -- SMOTE inside an imblearn pipeline.

SMOTE must only ever see training rows: put it in the pipeline so that
cross-validation applies it to the training folds only, and keep a
stratified 20% test set that is never resampled.
"""
import numpy as np
import pandas as pd
from imblearn.pipeline import Pipeline
from imblearn.over_sampling import SMOTE
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split, StratifiedKFold, cross_validate, GridSearchCV
from sklearn.metrics import average_precision_score, roc_auc_score, precision_recall_curve

df = pd.read_csv("train.csv")
TARGET = "is_fraud"
NUM = ["amount", "hour", "distance_from_home_km", "txn_count_24h", "card_age_days"]
BIN = ["card_present", "country_mismatch"]
CAT = ["merchant_category"]

X = df[NUM + BIN + CAT]
y = df[TARGET]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

pre = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
    ("bin", SimpleImputer(strategy="most_frequent"), BIN),
    ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CAT),
])
pipe = Pipeline([
    ("pre", pre),
    ("smote", SMOTE(random_state=0)),
    ("lr", LogisticRegression(max_iter=3000)),
])

grid = GridSearchCV(
    pipe,
    {"smote__sampling_strategy": [0.1, 0.25, 0.5], "smote__k_neighbors": [3, 5, 10],
     "lr__C": [0.01, 0.1, 1.0]},
    scoring="average_precision",
    cv=StratifiedKFold(5, shuffle=True, random_state=1),
    n_jobs=-1,
)
grid.fit(X_tr, y_tr)
print("best:", grid.best_params_, round(grid.best_score_, 4))

cvres = pd.DataFrame(grid.cv_results_)
print(cvres.pivot_table(index="param_smote__sampling_strategy", columns="param_lr__C",
                        values="mean_test_score").round(4))

# re-estimate the chosen config with a fresh CV split to see the optimism of best_score_
check = cross_validate(grid.best_estimator_, X_tr, y_tr,
                       cv=StratifiedKFold(5, shuffle=True, random_state=99),
                       scoring=["average_precision", "roc_auc"])
print("fresh-CV AP %.4f  AUC %.4f" % (check["test_average_precision"].mean(), check["test_roc_auc"].mean()))

# --- test, once ---
p = grid.predict_proba(X_te)[:, 1]
print("test AP  %.4f" % average_precision_score(y_te, p))
print("test AUC %.4f" % roc_auc_score(y_te, p))

prec, rec, thr = precision_recall_curve(y_te, p)
for r in (0.5, 0.7, 0.9):
    i = np.where(rec >= r)[0][-1]
    print(f"precision at recall {r:.0%}: {prec[i]:.3f}")

rng = np.random.default_rng(2024)
yt = y_te.to_numpy()
b = []
for _ in range(1000):
    i = rng.integers(0, len(yt), len(yt))
    b.append(average_precision_score(yt[i], p[i]))
print("test AP 95% CI", np.percentile(b, [2.5, 97.5]).round(4))
