# conversion_model.py
# Trial-to-paid conversion: random forest, evaluated with 5-fold stratified CV.
# Converters are the minority (~1 in 4), so the classes are balanced by random oversampling
# inside an imblearn Pipeline (applied to the training folds only).

import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from imblearn.pipeline import Pipeline
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate

RNG = 11
TARGET = "converted"

NUMERIC = ["sessions_day1", "sessions_trial", "minutes_in_app", "features_used",
           "support_contacts", "paywall_views", "trial_length_days",
           "onboarding_completed", "push_opt_in", "referral_code_used"]
ONE_HOT = ["platform", "age_bucket", "acquisition_channel"]


def featurize(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame[NUMERIC].fillna(0).astype(float)
    out["minutes_per_session"] = out["minutes_in_app"] / out["sessions_trial"].clip(lower=1)
    out["day1_share"] = out["sessions_day1"] / out["sessions_trial"].clip(lower=1)
    out["engaged"] = ((out["features_used"] >= 5) & (out["onboarding_completed"] == 1)).astype(int)
    dummies = pd.get_dummies(frame[ONE_HOT].fillna("unknown"), dtype=np.uint8)
    return pd.concat([out, dummies], axis=1)


train = pd.read_csv("train.csv")
X = featurize(train)
y = train[TARGET].to_numpy()
print(f"{X.shape[0]} users, {X.shape[1]} features, positive share {y.mean():.3f}")

ros = RandomOverSampler(sampling_strategy=1.0, random_state=RNG)

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=RNG)
scoring = ["roc_auc", "average_precision", "f1", "balanced_accuracy"]

forest = Pipeline([
    ("oversample", ros),
    ("rf", RandomForestClassifier(n_estimators=500, min_samples_leaf=5, max_features="sqrt",
                                  n_jobs=-1, random_state=RNG)),
])
baseline = DummyClassifier(strategy="stratified", random_state=RNG)

table = {}
for name, est in [("baseline", baseline), ("random_forest", forest)]:
    res = cross_validate(est, X, y, cv=cv, scoring=scoring)
    table[name] = {m: f"{res['test_' + m].mean():.4f} +- {res['test_' + m].std():.4f}" for m in scoring}
print(pd.DataFrame(table).T.to_string())

forest.fit(X, y)
importance = pd.Series(forest.named_steps["rf"].feature_importances_, index=X.columns).sort_values(ascending=False)
print(importance.head(12).round(4).to_string())

test = pd.read_csv("test.csv")
X_new = featurize(test).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"user_id": test["user_id"], "prediction": forest.predict_proba(X_new)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
