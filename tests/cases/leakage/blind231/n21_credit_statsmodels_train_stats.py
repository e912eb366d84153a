# Credit default: logistic regression with statsmodels so I get p-values for the memo.
# Scaling statistics come from the training split and are reused for the test split / test.csv.
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, log_loss, brier_score_loss

NUM = ["age", "annual_income", "employment_years", "loan_amount", "loan_term_months",
       "interest_rate", "credit_score", "num_open_accounts", "num_delinquencies_2y",
       "debt_to_income", "revolving_util"]
CAT = ["home_ownership", "education"]


class Standardizer:
    """Per-SD scaling so coefficients are comparable; learns its stats on fit()."""

    def __init__(self, cols):
        self.cols = cols

    def _logs(self, out):
        out["annual_income"] = np.log1p(out["annual_income"])
        out["loan_amount"] = np.log1p(out["loan_amount"])
        return out

    def fit(self, frame):
        tmp = frame[self.cols].copy()
        self.median_ = tmp.median()
        tmp = self._logs(tmp.fillna(self.median_))
        self.mu_, self.sd_ = tmp.mean(), tmp.std()
        return self

    def transform(self, frame):
        out = frame.copy()
        out[self.cols] = self._logs(out[self.cols].fillna(self.median_))
        out[self.cols] = (out[self.cols] - self.mu_) / self.sd_
        return out


class LogitModel:
    def __init__(self):
        self.res = None

    def fit(self, X, y):
        self.res = sm.Logit(y, sm.add_constant(X, has_constant="add")).fit(disp=0, maxiter=200)
        return self

    def predict(self, X):
        return self.res.predict(sm.add_constant(X, has_constant="add"))


df = pd.read_csv("train.csv")
df = pd.get_dummies(df, columns=CAT, drop_first=True, dtype=float)
feature_cols = NUM + [c for c in df.columns if any(c.startswith(k + "_") for k in CAT)]

train_df, test_df = train_test_split(df, test_size=0.25, random_state=17, stratify=df["default_flag"])
scaler = Standardizer(NUM).fit(train_df)
train_df, test_df = scaler.transform(train_df), scaler.transform(test_df)
print(len(feature_cols), "features;", len(train_df), "train rows")

model = LogitModel().fit(train_df[feature_cols], train_df["default_flag"])
print(model.res.summary2().tables[1][["Coef.", "Std.Err.", "P>|z|"]].round(3))

p = model.predict(test_df[feature_cols])
base_rate = train_df["default_flag"].mean()
p_base = np.full(len(test_df), base_rate)
y_te = test_df["default_flag"]
print(f"baseline (train default rate {base_rate:.3f}): logloss {log_loss(y_te, p_base):.4f}  "
      f"brier {brier_score_loss(y_te, p_base):.4f}")
print(f"logit:                              logloss {log_loss(y_te, p):.4f}  "
      f"brier {brier_score_loss(y_te, p):.4f}  AUC {roc_auc_score(y_te, p):.4f}")

odds = np.exp(model.res.params.drop("const")).sort_values()
print("odds ratios per SD:\n", odds.round(3))

sig = [c for c in feature_cols if model.res.pvalues.get(c, 1) < 0.05]
small = LogitModel().fit(train_df[sig], train_df["default_flag"])
print("reduced model AIC", round(small.res.aic, 1), "vs full", round(model.res.aic, 1))

test = pd.read_csv("test.csv")
test = pd.get_dummies(test, columns=CAT, drop_first=True, dtype=float)
test = scaler.transform(test.reindex(columns=list(dict.fromkeys(feature_cols + ["applicant_id"])), fill_value=0))
pd.DataFrame({"applicant_id": test["applicant_id"],
              "prediction": model.predict(test[feature_cols]).values}).to_csv("predictions.csv", index=False)
