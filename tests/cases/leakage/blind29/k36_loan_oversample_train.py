"""Loan default: XGBoost, minority class oversampled in the training window only."""
import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from xgboost import XGBClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

TARGET = "defaulted_12m"
LEAKY = ["collections_flag", "final_payment_status"]
CATS = ["home_ownership", "purpose"]


def prepare(frame):
    frame = frame.copy()
    frame["dti_x_rate"] = frame["dti"] * frame["interest_rate"]
    frame["income_k"] = frame["annual_income"] / 1000
    frame["score_bucket"] = (frame["credit_score"] // 50).astype("Int64")
    frame["app_year"] = frame["application_date"].dt.year
    return pd.get_dummies(frame, columns=CATS, dtype=int)


data = prepare(pd.read_csv("train.csv", parse_dates=["application_date"]))
feats = [c for c in data.columns
         if c not in ["loan_id", "applicant_id", "application_date", TARGET] + LEAKY]
print(len(data), "rows,", len(feats), "features, default rate", round(data[TARGET].mean(), 4))

data = data.sort_values("application_date")
split_at = data["application_date"].iloc[int(len(data) * 0.8)]
train = data[data["application_date"] < split_at]
test = data[data["application_date"] >= split_at]
test = test[~test["applicant_id"].isin(set(train["applicant_id"]))]

ros = RandomOverSampler(sampling_strategy=0.3, random_state=1)
X_up, y_up = ros.fit_resample(train[feats], train[TARGET])
print("training rows after oversampling:", len(X_up), "positives:", int(y_up.sum()))

clf = XGBClassifier(n_estimators=400, max_depth=4, learning_rate=0.05, subsample=0.9,
                    colsample_bytree=0.8, eval_metric="logloss", random_state=1)
clf.fit(X_up, y_up)
base = DummyClassifier(strategy="prior").fit(train[feats], train[TARGET])

for name, model in [("dummy prior", base), ("xgb + ros", clf)]:
    p = model.predict_proba(test[feats])[:, 1]
    print(f"{name:12s} AUC={roc_auc_score(test[TARGET], p):.4f} "
          f"AP={average_precision_score(test[TARGET], p):.4f} "
          f"logloss={log_loss(test[TARGET], np.clip(p, 1e-6, 1 - 1e-6)):.4f}")

# final model on all labelled rows
X_all, y_all = RandomOverSampler(sampling_strategy=0.3, random_state=1).fit_resample(data[feats], data[TARGET])
clf.fit(X_all, y_all)
unl = prepare(pd.read_csv("test.csv", parse_dates=["application_date"])).reindex(columns=feats + ["loan_id"], fill_value=0)
pd.DataFrame({"loan_id": unl["loan_id"], "prediction": clf.predict_proba(unl[feats])[:, 1]}).to_csv(
    "predictions.csv", index=False)
