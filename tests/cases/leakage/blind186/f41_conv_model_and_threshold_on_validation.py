"""
Trial conversion - which users should get the retention offer?

The growth team wants a yes/no list, so the deliverable is a classifier plus a decision
threshold. Three model families are compared and the threshold is tuned for F1, both on
a validation split; the test split is touched once at the very end.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

SEED = 5
LEAKY = ["first_invoice_amount", "paid_plan_tier"]

raw = pd.read_csv("train.csv")
raw = raw.drop(columns=LEAKY)

num_cols = ["sessions_day1", "sessions_trial", "minutes_in_app", "features_used", "support_contacts",
            "paywall_views", "trial_length_days", "onboarding_completed", "push_opt_in", "referral_code_used"]
X = pd.concat([raw[num_cols].fillna(0),
               pd.get_dummies(raw[["platform", "country", "acquisition_channel"]], dtype=float)], axis=1)
y = raw["converted"]

X_dev, X_test, y_dev, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)
X_train, X_val, y_train, y_val = train_test_split(X_dev, y_dev, test_size=0.25, stratify=y_dev,
                                                  random_state=SEED)

candidates = {
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, C=0.3)),
    "random_forest": RandomForestClassifier(n_estimators=400, min_samples_leaf=4, random_state=SEED, n_jobs=-1),
    "grad_boost": GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, random_state=SEED),
}

scores = {}
for name, est in candidates.items():
    est.fit(X_train, y_train)
    p = est.predict_proba(X_val)[:, 1]
    scores[name] = roc_auc_score(y_val, p)
    print(f"{name:14s} validation AUC = {scores[name]:.4f}")

best_name = max(scores, key=scores.get)
best = candidates[best_name]
print("best model:", best_name)

# pick the probability cut-off that maximises F1 on the validation split
p_val = best.predict_proba(X_val)[:, 1]
grid = np.linspace(0.05, 0.95, 91)
f1s = np.array([f1_score(y_val, (p_val >= t).astype(int)) for t in grid])
threshold = float(grid[f1s.argmax()])
print(f"threshold = {threshold:.2f}")

# final check on the untouched test split
p_best = best.predict_proba(X_test)[:, 1]
y_hat = (p_best >= threshold).astype(int)
dummy = DummyClassifier(strategy="constant", constant=1).fit(X_train, y_train)
y_dummy = dummy.predict(X_test)

summary = pd.DataFrame({
    "f1": [f1_score(y_test, y_dummy), f1_score(y_test, y_hat)],
    "precision": [precision_score(y_test, y_dummy), precision_score(y_test, y_hat)],
    "recall": [recall_score(y_test, y_dummy), recall_score(y_test, y_hat)],
}, index=["baseline (flag everyone)", f"{best_name} @ {threshold:.2f}"])
print(summary.round(4))
print(f"test ROC AUC: {roc_auc_score(y_test, p_best):.4f}")

best.fit(X, y)
test = pd.read_csv("test.csv")
X_new = pd.concat([test[num_cols].fillna(0),
                   pd.get_dummies(test[["platform", "country", "acquisition_channel"]], dtype=float)], axis=1)
X_new = X_new.reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"user_id": test["user_id"], "prediction": best.predict_proba(X_new)[:, 1]}).to_csv(
    "predictions.csv", index=False)
