# Telco churn - survival model with univariate screening
# author note: lots of dummy columns after encoding, so I screen covariates one at a time with a
# univariate Cox model and keep the ones with p < 0.10, then cross-validate the multivariable model.

import warnings

import numpy as np
import pandas as pd
from lifelines import CoxPHFitter
from lifelines.utils import k_fold_cross_validation

warnings.filterwarnings("ignore")

DURATION, EVENT = "tenure_months", "churned"
DROP = ["customer_id", "cancel_reason", "total_support_tickets"]

df = pd.read_csv("train.csv")
df = df.drop(columns=DROP)
df = pd.get_dummies(
    df,
    columns=["signup_channel", "plan_type", "contract_type", "payment_method", "region"],
    drop_first=True,
    dtype=float,
)
candidates = [c for c in df.columns if c not in (DURATION, EVENT)]
print(f"{len(candidates)} candidate covariates")

# --- univariate screening ---------------------------------------------------
rows = []
for col in candidates:
    if df[col].std() == 0:
        continue
    uni = CoxPHFitter(penalizer=0.001)
    uni.fit(df[[col, DURATION, EVENT]], duration_col=DURATION, event_col=EVENT)
    s = uni.summary.loc[col]
    rows.append((col, s["exp(coef)"], s["p"]))

screen = pd.DataFrame(rows, columns=["covariate", "hr", "p"]).sort_values("p")
print(screen.head(20).to_string(index=False))

keep = screen.loc[screen["p"] < 0.10, "covariate"].tolist()
print(f"keeping {len(keep)} covariates")

# --- multivariable model, 5-fold CV ------------------------------------------
model_df = df[keep + [DURATION, EVENT]]
cph = CoxPHFitter(penalizer=0.01)
scores = k_fold_cross_validation(
    cph,
    model_df,
    duration_col=DURATION,
    event_col=EVENT,
    k=5,
    scoring_method="concordance_index",
    seed=42,
)
print("CV concordance per fold:", np.round(scores, 4))
print("mean C-index: %.4f (+/- %.4f)" % (np.mean(scores), np.std(scores)))

# --- final fit + submission -------------------------------------------------
cph.fit(model_df, duration_col=DURATION, event_col=EVENT)
cph.print_summary(decimals=3)

test = pd.read_csv("test.csv")
test_enc = pd.get_dummies(
    test.drop(columns=["customer_id"]),
    columns=["signup_channel", "plan_type", "contract_type", "payment_method", "region"],
    drop_first=True,
    dtype=float,
).reindex(columns=keep, fill_value=0.0)
risk_12m = 1 - cph.predict_survival_function(test_enc, times=[12]).T[12]
pd.DataFrame({"customer_id": test["customer_id"], "prediction": risk_12m.values}).to_csv(
    "predictions.csv", index=False
)
