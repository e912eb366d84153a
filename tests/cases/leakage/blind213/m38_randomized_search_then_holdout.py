"""Card fraud: tuned LightGBM.

1. hyper-parameter search (RandomizedSearchCV, 5-fold stratified, AP)
2. hold-out check of the tuned model on 20% of train.csv, next to a dummy
3. refit on everything for test.csv
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from scipy.stats import loguniform, randint, uniform
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import RandomizedSearchCV, StratifiedKFold, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

SEED = 38
CAT = ["merchant_category", "country", "device_type"]
NUM = ["amount", "hour", "card_age_days", "tx_count_24h"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
X, y = df[CAT + NUM], df["is_fraud"]

pipe = Pipeline([
    ("pre", ColumnTransformer([("oh", OneHotEncoder(handle_unknown="ignore", min_frequency=20), CAT)],
                              remainder="passthrough")),
    ("gbm", lgb.LGBMClassifier(random_state=SEED, verbose=-1)),
])

space = {
    "gbm__n_estimators": randint(200, 1200),
    "gbm__learning_rate": loguniform(0.01, 0.2),
    "gbm__num_leaves": randint(8, 96),
    "gbm__min_child_samples": randint(10, 200),
    "gbm__colsample_bytree": uniform(0.5, 0.5),
    "gbm__reg_lambda": loguniform(1e-3, 10),
    "gbm__scale_pos_weight": [1, 3, 10, 30],
}

search = RandomizedSearchCV(
    pipe, space, n_iter=40, scoring="average_precision",
    cv=StratifiedKFold(5, shuffle=True, random_state=SEED),
    random_state=SEED, n_jobs=-1, verbose=1,
)
search.fit(X, y)
print("best CV AP:", round(search.best_score_, 4))
print("best params:")
for k, v in search.best_params_.items():
    print(f"   {k}: {v}")

cvres = pd.DataFrame(search.cv_results_).sort_values("rank_test_score")
print(cvres[["mean_test_score", "std_test_score"]].head(10).round(4))

# ---- hold-out check -------------------------------------------------------
X_tr, X_ho, y_tr, y_ho = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)
tuned = pipe.set_params(**search.best_params_)
tuned.fit(X_tr, y_tr)
p_ho = tuned.predict_proba(X_ho)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_dummy = dummy.predict_proba(X_ho)[:, 1]

k = int(0.02 * len(p_ho))
top = np.argsort(-p_ho)[:k]
print(f"hold-out AP   : tuned {average_precision_score(y_ho, p_ho):.4f} | dummy {average_precision_score(y_ho, p_dummy):.4f}")
print(f"hold-out AUC  : tuned {roc_auc_score(y_ho, p_ho):.4f}")
print(f"precision@2%  : {y_ho.values[top].mean():.3f}")

# ---- submission -------------------------------------------------------------
final = search.best_estimator_
pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": final.predict_proba(test[CAT + NUM])[:, 1]}).to_csv("predictions.csv", index=False)
