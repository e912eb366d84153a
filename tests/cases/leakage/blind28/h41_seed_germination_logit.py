# Germination of Arabidopsis seed lots after priming: which factors matter?
# Each row = one petri dish (50 seeds), germinated = 1 if >= 80% germinated at day 7.
import pandas as pd
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.metrics import accuracy_score, roc_auc_score, confusion_matrix

dishes = pd.read_csv("priming_experiment_dishes.csv")
dishes["germinated"] = (dishes["n_germ_d7"] / dishes["n_sown"] >= 0.8).astype(int)
dishes["log_ga_um"] = np.log10(dishes["ga3_um"] + 0.1)
dishes["storage_months"] = dishes["storage_days"] / 30.4

num_cols = ["log_ga_um", "priming_h", "temp_c", "storage_months", "seed_mass_ug"]
cat_cols = ["ecotype", "priming_agent", "light"]

pre = ColumnTransformer([
    ("num", StandardScaler(), num_cols),
    ("cat", OneHotEncoder(drop="first", handle_unknown="ignore"), cat_cols),
])
model = Pipeline([("pre", pre), ("logit", LogisticRegression(C=10.0, max_iter=2000))])

X = dishes[num_cols + cat_cols]
y = dishes["germinated"]
model.fit(X, y)

p = model.predict_proba(X)[:, 1]
print("n dishes:", len(y), " germinated share:", y.mean().round(3))
print("accuracy:", round(accuracy_score(y, p > 0.5), 3))
print("AUC     :", round(roc_auc_score(y, p), 3))
print(confusion_matrix(y, p > 0.5))

names = model.named_steps["pre"].get_feature_names_out()
coefs = pd.Series(model.named_steps["logit"].coef_[0], index=names).sort_values()
print("\nodds ratios per unit (standardised for numeric):")
print(np.exp(coefs).round(2))
