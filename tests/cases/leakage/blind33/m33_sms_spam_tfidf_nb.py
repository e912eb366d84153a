# SMS spam classifier: text cleaning + TF-IDF + Multinomial Naive Bayes
import string
import pandas as pd
import nltk
from nltk.corpus import stopwords
from nltk.stem.porter import PorterStemmer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import MultinomialNB
from sklearn.metrics import accuracy_score, precision_score, confusion_matrix

nltk.download("stopwords", quiet=True)
nltk.download("punkt", quiet=True)
ps = PorterStemmer()
STOP = set(stopwords.words("english"))

df = pd.read_csv("spam.csv", encoding="ISO-8859-1")
df.drop(columns=["Unnamed: 2", "Unnamed: 3", "Unnamed: 4"], inplace=True)
df.rename(columns={"v1": "target", "v2": "text"}, inplace=True)
df["target"] = df["target"].map({"ham": 0, "spam": 1})
print(df.isnull().sum())
print("duplicates:", df.duplicated().sum())
df = df.drop_duplicates(keep="first")
print(df.shape)

df["num_characters"] = df["text"].apply(len)
df["num_words"] = df["text"].apply(lambda x: len(nltk.word_tokenize(x)))
df["num_sentences"] = df["text"].apply(lambda x: len(nltk.sent_tokenize(x)))
print(df[df["target"] == 0][["num_characters", "num_words", "num_sentences"]].describe())
print(df[df["target"] == 1][["num_characters", "num_words", "num_sentences"]].describe())


def transform_text(text):
    text = text.lower()
    text = nltk.word_tokenize(text)
    y = [i for i in text if i.isalnum()]
    y = [i for i in y if i not in STOP and i not in string.punctuation]
    y = [ps.stem(i) for i in y]
    return " ".join(y)


df["transformed_text"] = df["text"].apply(transform_text)
print(df.head())

tfidf = TfidfVectorizer(max_features=3000)
X = tfidf.fit_transform(df["transformed_text"]).toarray()
y = df["target"].values
print(X.shape)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=2)

mnb = MultinomialNB()
mnb.fit(X_train, y_train)
y_pred = mnb.predict(X_test)
print("accuracy :", accuracy_score(y_test, y_pred))
print("precision:", precision_score(y_test, y_pred))
print(confusion_matrix(y_test, y_pred))

import pickle
pickle.dump(tfidf, open("vectorizer.pkl", "wb"))
pickle.dump(mnb, open("model.pkl", "wb"))
