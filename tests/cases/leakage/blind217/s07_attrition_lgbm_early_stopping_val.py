# Attrition: LightGBM, early stopping on a validation slice carved out of the
# training part; the 20% test part is only scored at the very end.
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

X_dev, X_test, y_dev, y_test = train_test_split(X, y, test_size=0.2, random_state=SEED, stratify=y)
X_fit, X_es, y_fit, y_es = train_test_split(X_dev, y_dev, test_size=0.2, random_state=SEED, stratify=y_dev)
print("fit / early-stop / test:", len(X_fit), len(X_es), len(X_test))

params = dict(objective="binary", learning_rate=0.02, num_leaves=15, min_child_samples=30,
              feature_fraction=0.8, bagging_fraction=0.8, bagging_freq=1, lambda_l2=2.0,
              is_unbalance=True, n_estimators=5000, random_state=SEED, verbose=-1)

# small sweep over num_leaves, judged on the early-stopping slice
sweep = {}
for leaves in (7, 15, 31):
    m = lgb.LGBMClassifier(**{**params, "num_leaves": leaves})
    m.fit(X_fit, y_fit, eval_set=[(X_es, y_es)], eval_metric="auc",
          callbacks=[lgb.early_stopping(200, verbose=False)])
    sweep[leaves] = (m.best_score_["valid_0"]["auc"], m.best_iteration_, m)
    print(f"num_leaves={leaves:3d}  val AUC={sweep[leaves][0]:.4f}  trees={sweep[leaves][1]}")

best_leaves = max(sweep, key=lambda k: sweep[k][0])
val_auc, n_trees, clf = sweep[best_leaves]
print("chosen num_leaves:", best_leaves, "trees:", n_trees)

proba = clf.predict_proba(X_test, num_iteration=n_trees)[:, 1]
base = DummyClassifier(strategy="prior").fit(X_dev, y_dev)
p_base = base.predict_proba(X_test)[:, 1]

print(f"LightGBM  AUC={roc_auc_score(y_test, proba):.4f}  AP={average_precision_score(y_test, proba):.4f}  "
      f"logloss={log_loss(y_test, proba):.4f}")
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
print(f"test AUC 95% CI {lo:.3f} - {hi:.3f}")

# refit for the submission with all labelled rows; a few more trees since
# there is ~35% more data than in the fit slice
final = lgb.LGBMClassifier(**{**params, "num_leaves": best_leaves, "n_estimators": int(n_trees * 1.15)})
final.fit(X, y)
pd.DataFrame({"employee_id": sub["employee_id"],
              "prediction": final.predict_proba(X_sub)[:, 1]}).to_csv("predictions.csv", index=False)
