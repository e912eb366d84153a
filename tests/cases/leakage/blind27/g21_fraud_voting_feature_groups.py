import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import ComplementNB
from sklearn.ensemble import RandomForestClassifier, VotingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

FEATURE_GROUPS = {
    "amount": ["amount", "avg_amount_30d"],
    "context": ["hour_of_day", "distance_from_home_km", "card_present", "is_foreign"],
    "history": ["num_tx_last_24h", "chargeback_flag"],
}
TEXT_COL = "merchant_description"
TARGET = "is_fraud"

data = pd.read_csv("train.csv")
data[TEXT_COL] = data[TEXT_COL].fillna("")
tabular = [col for group in FEATURE_GROUPS.values() for col in group]

X = data[tabular + [TEXT_COL]]
y = data[TARGET]
X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y, test_size=0.2, random_state=8)

tab_and_text = ColumnTransformer([
    ("tab", StandardScaler(), tabular),
    ("txt", TfidfVectorizer(min_df=3, ngram_range=(1, 2)), TEXT_COL),
])
text_only = ColumnTransformer([("txt", TfidfVectorizer(min_df=3), TEXT_COL)])

voter = VotingClassifier(
    estimators=[
        ("lr", make_pipeline(tab_and_text, LogisticRegression(max_iter=3000, C=1.0))),
        ("nb", make_pipeline(text_only, ComplementNB(alpha=0.5))),
        ("rf", make_pipeline(ColumnTransformer([("tab", "passthrough", tabular)]),
                             RandomForestClassifier(n_estimators=300, n_jobs=-1, random_state=8))),
    ],
    voting="soft",
    weights=[2, 1, 2],
)
voter.fit(X_train, y_train)

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print("voting accuracy:", round(accuracy_score(y_test, voter.predict(X_test)), 4))
print("dummy accuracy: ", round(accuracy_score(y_test, dummy.predict(X_test)), 4))
for name, est in voter.named_estimators_.items():
    print(f"  {name} accuracy: {accuracy_score(y_test, est.predict(X_test)):.4f}")
