# Credit default: logistic regression with statsmodels so I get p-values for the memo.
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
    """Helper so coefficients are per-standard-deviation and comparable."""

    @staticmethod
    def apply(frame, cols):
        out = frame.copy()
        out[cols] = out[cols].fillna(out[cols].median())
        out["annual_income"] = np.log1p(out["annual_income"])
        out["loan_amount"] = np.log1p(out["loan_amount"])
        out[cols] = (out[cols] - out[cols].mean()) / out[cols].std()
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
df = Standardizer.apply(df, NUM)
df = pd.get_dummies(df, columns=CAT, drop_first=True, dtype=float)
feature_cols = NUM + [c for c in df.columns if any(c.startswith(k + "_") for k in CAT)]
print(len(feature_cols), "features")

train_df, test_df = train_test_split(df, test_size=0.25, random_state=17, stratify=df["default_flag"])

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

# odds ratios per 1 SD for the memo
odds = np.exp(model.res.params.drop("const")).sort_values()
print("odds ratios per SD:\n", odds.round(3))

# drop insignificant terms and refit, just to see
sig = [c for c in feature_cols if model.res.pvalues.get(c, 1) < 0.05]
small = LogitModel().fit(train_df[sig], train_df["default_flag"])
print("reduced model AIC", round(small.res.aic, 1), "vs full", round(model.res.aic, 1))

test = pd.read_csv("test.csv")
test = Standardizer.apply(test, NUM)
test = pd.get_dummies(test, columns=CAT, drop_first=True, dtype=float).reindex(columns=feature_cols + ["applicant_id"],
                                                                               fill_value=0)
pd.DataFrame({"applicant_id": test["applicant_id"],
              "prediction": model.predict(test[feature_cols]).values}).to_csv("predictions.csv", index=False)
